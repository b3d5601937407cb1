"""Factories for people and councils. Tests build exactly the data they need."""

import factory
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from training.people.models import Council, EmailDomain, JobRole, Membership, Team, User
from training.people.roles import CO_TRAINERS_GROUP, EDITORS_GROUP

PASSWORD = "correct-horse-battery"


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council

    name = factory.Sequence(lambda n: f"Testshire {n}")
    gss_code = factory.Sequence(lambda n: f"E99{n:06d}")
    dfe_code = factory.Sequence(lambda n: 2000 + n)
    region_name = "Test region"
    is_active = True


class EmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmailDomain

    council = factory.SubFactory(CouncilFactory)
    domain = factory.Sequence(lambda n: f"council{n}.example")


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    council = factory.SubFactory(CouncilFactory)
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    council = factory.SubFactory(CouncilFactory)
    job_role = JobRole.SOCIAL_WORKER


def learner(council=None, **kwargs):
    council = council or CouncilFactory()
    return MembershipFactory(council=council, user=UserFactory(**kwargs)).user


def training_lead(council=None, **kwargs):
    council = council or CouncilFactory()
    return MembershipFactory(
        council=council, user=UserFactory(**kwargs), is_training_lead=True, job_role=JobRole.MANAGER
    ).user


def co_trainer(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0])
    return user


def editor(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def platform_admin(**kwargs):
    return UserFactory(is_superuser=True, **kwargs)


def with_authenticator(user):
    """Give a person a confirmed authenticator; returns the device (see totp_code)."""
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def totp_code(device) -> str:
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def invitation_token(user, kind, council=None, **fields) -> str:
    """Make an invitation and return the token its emailed link would carry."""
    from training.people.models import Invitation

    invitation = Invitation(user=user, kind=kind, council=council, **fields)
    token = invitation.issue_token()
    invitation.save()
    return token


def returning_person(council, **kwargs):
    """Someone who has an account in a council and has signed in before."""
    person = learner(council, **kwargs)
    person.last_login = person.date_joined
    person.save()
    return person


# Courses ------------------------------------------------------------------------------


def home_page(language="en"):
    from wagtail.models import Locale

    from training.core.models import HomePage

    english = HomePage.objects.get(depth=2, locale__language_code="en")
    if language == "en":
        return english
    return english.get_translation_or_none(
        Locale.objects.get(language_code=language)
    ) or english.copy_for_translation(Locale.objects.get(language_code=language))


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def catalogue(language="en", **fields):
    from courses.models import CourseIndexPage

    home = home_page(language)
    existing = CourseIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    fields.setdefault("title", "Courses")
    fields.setdefault("slug", "courses")
    page = home.add_child(instance=CourseIndexPage(**fields))
    return publish(page)


def course(parent=None, *, modules=3, body=None, **fields):
    """A published course with `modules` published modules (each with `body`)."""
    from courses.models import CoursePage

    parent = parent or catalogue()
    n = CoursePage.objects.count() + 1
    fields.setdefault("title", f"Course {n}")
    fields.setdefault("slug", f"course-{n}")
    fields.setdefault("summary", "What this course is about.")
    fields.setdefault("learning_outcomes", [("outcome", "Explain something useful")])
    page = publish(parent.add_child(instance=CoursePage(**fields)))
    for number in range(1, modules + 1):
        module(page, body=body, title=f"{page.title}, module {number}")
    return page


def module(course_page, *, body=None, **fields):
    from courses.models import ModulePage

    n = ModulePage.objects.count() + 1
    fields.setdefault("title", f"Module {n}")
    fields.setdefault("slug", f"module-{n}")
    body = body if body is not None else [("rich_text", "<p>Some learning.</p>")]
    return publish(course_page.add_child(instance=ModulePage(body=body, **fields)))


def reflection(prompt="What will you do differently?"):
    return ("reflection", {"prompt": prompt})
