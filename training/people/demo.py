"""Demo councils and people, with published passwords and authenticator secrets."""

import hashlib

from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from training.core.demo import demo_seeder

from .models import Council, CreditChoice, EmailDomain, JobRole, Membership, Team, User
from .roles import CO_TRAINERS_GROUP, EDITORS_GROUP, needs_two_factor
from .two_factor import DEVICE_NAME, secret_for_people

DEMO_PASSWORD = "cotrain-demo-2026"  # noqa: S105 - published on purpose, demo only

# Three real councils (the source documents mention each), with demo-only email domains.
COUNCILS = [
    ("E08000035", "leeds.cotrain.example", ["Disabled children's team", "SEND team", "Early help"]),
    ("E08000026", "coventry.cotrain.example", ["Children with disabilities", "SEND casework"]),
    ("E09000019", "islington.cotrain.example", ["Children's social work", "Inclusion service"]),
]

FIRST = ["Aisha", "Ben", "Chloe", "Daniel", "Efua", "Farid", "Grace", "Harry", "Imran", "Jess"]
LAST = [
    "Ahmed",
    "Brown",
    "Clarke",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
]
JOB_ROLES = [role for role, _label in JobRole.choices]


def _person(email, full_name):
    user, created = User.objects.get_or_create(email=email, defaults={"full_name": full_name})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _demo_key(email) -> str:
    """A fixed key per demo account, so its authenticator entry survives a re-seed."""
    return hashlib.sha256(f"cotrain-demo-totp:{email}".encode()).hexdigest()[:40]


def _authenticator(user):
    device, _ = TOTPDevice.objects.update_or_create(
        user=user, name=DEVICE_NAME, defaults={"key": _demo_key(user.email), "confirmed": True}
    )
    return secret_for_people(device)


def _staff(council, domain, teams, index):
    first, last = FIRST[index % 10], LAST[(index * 3 + len(domain)) % 10]
    user = _person(f"{first}.{last}@{domain}".lower(), f"{first} {last}")
    team = Team.objects.get_or_create(council=council, name=teams[index % len(teams)])[0]
    Membership.objects.get_or_create(
        user=user,
        council=council,
        defaults={"team": team, "job_role": JOB_ROLES[index % len(JOB_ROLES)]},
    )
    return user


@demo_seeder(order=10)
def seed_people(stdout):
    editors = Group.objects.get(name=EDITORS_GROUP)
    co_trainers = Group.objects.get(name=CO_TRAINERS_GROUP)
    accounts = []

    for number, (gss, domain, teams) in enumerate(COUNCILS):
        council = Council.objects.get(gss_code=gss)
        council.is_active = True
        council.save()
        EmailDomain.objects.get_or_create(domain=domain, defaults={"council": council})
        for index in range(10):
            _staff(council, domain, teams, index)
        if number < 2:  # two training leads, in Leeds and Coventry
            lead = _person(f"lead@{domain}", f"{council.name} Training Lead")
            Membership.objects.update_or_create(
                user=lead,
                council=council,
                defaults={"job_role": JobRole.MANAGER, "is_training_lead": True, "team": None},
            )
            accounts.append(("Training lead", lead))
        accounts.append(
            (
                "Learner",
                User.objects.filter(email__endswith=domain)
                .exclude(email__startswith="lead@")
                .first(),
            )
        )

    # Each chose how courses credit them: by full name, by first name, or not by name.
    for name, credit_as in [
        ("Nadia Okafor", CreditChoice.FULL_NAME),
        ("Rhian Pritchard", CreditChoice.FIRST_NAME),
        ("Sam Whitfield", CreditChoice.ANONYMOUS),
    ]:
        user = _person(f"{name.split()[0].lower()}@parents.cotrain.example", name)
        user.groups.add(co_trainers)
        User.objects.filter(pk=user.pk).update(credit_as=credit_as)
        accounts.append(("Parent co-trainer", user))

    editor = _person("editor@cotrain.example", "Eli Editor")
    editor.groups.add(editors)
    accounts.append(("Editor", editor))
    admin = _person("admin@cotrain.example", "Ada Admin")
    if not admin.is_superuser:
        admin.is_superuser = True
        admin.save()
    accounts.append(("Platform admin", admin))

    stdout.write(f"\nDemo sign-ins (password for every account: {DEMO_PASSWORD})\n")
    for role, user in accounts:
        line = f"  {role:<18} {user.email}"
        if needs_two_factor(user):
            line += f"   authenticator key: {_authenticator(user)}"
        stdout.write(line + "\n")
    stdout.write(
        "  Accounts with a key need a code at sign-in: add the key to an authenticator app,\n"
        "  or print the current code with: .venv/bin/python manage.py demo_code EMAIL\n"
    )
