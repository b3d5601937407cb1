"""Invitations, co-trainer invitations and self-registration."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests import factories
from training.people.invitations import invite_co_trainer, invite_staff_member
from training.people.models import Invitation, InvitationKind, Membership, User
from training.people.roles import Role, roles_of
from training.people.tasks import delete_unconfirmed_registrations, send_invitation_email

pytestmark = pytest.mark.django_db


def link_path(message):
    """The path of the first Cotrain link in an email."""
    return re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)


@pytest.fixture
def invited(council, django_capture_on_commit_callbacks):
    lead = factories.training_lead(council)
    with django_capture_on_commit_callbacks(execute=True):
        invite_staff_member(
            council=council,
            email="new.starter@council.example",
            full_name="New Starter",
            team=None,
            job_role="senco",
            invited_by=lead,
        )
    return User.objects.get(email="new.starter@council.example")


def test_an_invitation_email_carries_a_link_that_sets_up_the_account(client, invited, council):
    message = mail.outbox[-1]
    assert council.name in message.subject
    path = link_path(message)
    page = client.get(path)
    assert page.status_code == 200
    response = client.post(
        path, {"full_name": "New Starter-Jones", "password": "a long pass phrase"}
    )
    assert response.url == reverse("people:home")
    invited.refresh_from_db()
    assert invited.is_active and invited.full_name == "New Starter-Jones"
    assert invited.check_password("a long pass phrase")
    assert roles_of(invited) == {Role.LEARNER}
    # The link works once.
    client.logout()
    assert client.get(path).status_code == 404


def test_an_expired_invitation_link_explains_itself(client, invited):
    path = link_path(mail.outbox[-1])
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(path)
    assert response.status_code == 404
    assert "expired" in response.content.decode()


def test_a_made_up_invitation_token_is_a_404(client, db):
    assert client.get(reverse("people:accept_invitation", args=["nope"])).status_code == 404


def test_the_invitation_asks_for_a_strong_password(client, invited):
    path = link_path(mail.outbox[-1])
    response = client.post(path, {"full_name": "New Starter", "password": "short"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    invited.refresh_from_db()
    assert not invited.is_active


def test_only_a_hash_of_the_token_is_stored(invited):
    token = link_path(mail.outbox[-1]).rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash
    assert Invitation.objects.find_pending(token) == invitation


def test_the_invitation_task_sends_once_even_if_run_twice(invited):
    invitation = Invitation.objects.get()
    assert send_invitation_email(invitation.pk) == "skipped"
    assert len(mail.outbox) == 1


def test_resending_gives_a_new_working_link(
    client, signed_in, invited, council, django_capture_on_commit_callbacks
):
    old_path = link_path(mail.outbox[-1])
    lead = User.objects.get(memberships__is_training_lead=True)
    signed_in(lead)
    membership = Membership.objects.get(user=invited)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("people:resend_invitation", args=[council.gss_code, membership.pk]))
    assert len(mail.outbox) == 2
    client.logout()
    assert client.get(old_path).status_code == 404
    assert client.get(link_path(mail.outbox[-1])).status_code == 200


def test_editors_invite_co_trainers_with_no_council(db, django_capture_on_commit_callbacks):
    editor = factories.editor()
    with django_capture_on_commit_callbacks(execute=True):
        assert invite_co_trainer(
            email="parent@example.org", full_name="A Parent", invited_by=editor
        )
    invitation = Invitation.objects.get()
    assert invitation.kind == InvitationKind.CO_TRAINER and invitation.council is None
    assert "parent co-trainer" in mail.outbox[0].subject
    assert "makes no difference to any service" in mail.outbox[0].body
    user = User.objects.get(email="parent@example.org")
    assert not user.memberships.exists()


def test_a_co_trainer_invitation_cannot_belong_to_a_council(council):
    from django.db import IntegrityError

    user = factories.UserFactory()
    invitation = Invitation(user=user, kind=InvitationKind.CO_TRAINER, council=council)
    invitation.issue_token()
    with pytest.raises(IntegrityError):
        invitation.save()


def test_the_admin_invite_page_is_for_editors_only(client, signed_in, council):
    signed_in(factories.editor())
    response = client.post(
        reverse("invite_co_trainer"), {"full_name": "A Parent", "email": "Parent@Example.org"}
    )
    assert response.status_code == 302 and response.url == reverse("invite_co_trainer")
    assert User.objects.filter(email="parent@example.org").exists()
    client.logout()
    # A training lead has no Wagtail admin access, so Wagtail's require_admin_access stops
    # them before the view runs and sends them to sign in (302, never 403).
    signed_in(factories.training_lead(council))
    response = client.get(reverse("invite_co_trainer"))
    assert response.status_code == 302
    assert response.url == f"{reverse('people:sign_in')}?next={reverse('invite_co_trainer')}"
    client.logout()
    # Someone with admin access but not the invite permission reaches the view, whose
    # PermissionDenied the admin turns into a redirect to its home with an error message.
    signed_in(_with_admin_access_only())
    response = client.get(reverse("invite_co_trainer"))
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    response = client.post(
        reverse("invite_co_trainer"), {"full_name": "B Parent", "email": "b.parent@example.org"}
    )
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert not User.objects.filter(email="b.parent@example.org").exists()


def _with_admin_access_only():
    from django.contrib.auth.models import Permission

    person = factories.UserFactory()
    person.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return person


# Self-registration ----------------------------------------------------------


@pytest.fixture
def domain(council):
    return factories.EmailDomainFactory(council=council, domain="testshire.gov.example")


def register(client, email, **extra):
    data = {
        "full_name": "Rae Smith",
        "email": email,
        "job_role": "health",
    }
    return client.post(reverse("people:register"), {**data, **extra})


def test_registering_then_following_the_link_sets_the_password_and_joins_the_council(
    client, domain, council, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, "Rae.Smith@Testshire.gov.example")
    assert response.url == reverse("people:registration_sent")
    user = User.objects.get(email="rae.smith@testshire.gov.example")
    assert not user.is_active and not user.has_usable_password()
    confirm = link_path(mail.outbox[-1])
    # Opening the link (as an email scanner would) changes nothing.
    assert "Create a password" in client.get(confirm).content.decode()
    user.refresh_from_db()
    assert not user.is_active
    response = client.post(confirm, {"full_name": "Rae Smith", "password": "a long pass phrase"})
    assert response.url == reverse("people:home")
    user.refresh_from_db()
    assert user.is_active and user.check_password("a long pass phrase")
    membership = user.memberships.get()
    assert membership.council == council and membership.job_role == "health"
    assert roles_of(user) == {Role.LEARNER}
    client.logout()
    assert client.get(confirm).status_code == 404  # used once


def test_nobody_can_set_the_password_of_an_address_they_do_not_control(
    client, domain, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        register(client, "victim@testshire.gov.example")
    victims_link = link_path(mail.outbox[-1])
    with django_capture_on_commit_callbacks(execute=True):
        # An attacker registers the same address again, trying a password of their own.
        register(client, "victim@testshire.gov.example", password="attacker chosen phrase")
    user = User.objects.get(email="victim@testshire.gov.example")
    assert not user.has_usable_password()
    assert client.get(victims_link).status_code == 404  # the older link is replaced
    client.post(link_path(mail.outbox[-1]), {"full_name": "V", "password": "victim own phrase"})
    user.refresh_from_db()
    assert user.check_password("victim own phrase")
    assert not user.check_password("attacker chosen phrase")


def test_an_unknown_email_domain_is_refused_with_a_reason(client, domain):
    response = register(client, "someone@gmail.example")
    assert response.status_code == 200
    assert "does not recognise this work email address" in response.content.decode()
    assert not User.objects.filter(email="someone@gmail.example").exists()


def test_a_council_not_using_cotrain_takes_no_registrations(client, domain, council):
    council.is_active = False
    council.save()
    register(client, "rae@testshire.gov.example")
    assert not User.objects.filter(email="rae@testshire.gov.example").exists()


def test_registering_an_email_in_use_reveals_nothing_and_tells_the_owner(
    client, domain, council, django_capture_on_commit_callbacks
):
    owner = factories.learner(council, email="owner@testshire.gov.example")
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, "owner@testshire.gov.example")
    assert response.url == reverse("people:registration_sent")
    assert User.objects.filter(email="owner@testshire.gov.example").count() == 1
    assert mail.outbox[-1].to == [owner.email]
    assert "already has one" in mail.outbox[-1].body


def test_registering_again_after_the_link_expired_sends_a_new_link(
    client, domain, django_capture_on_commit_callbacks
):
    register(client, "slow@testshire.gov.example")
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        register(client, "slow@testshire.gov.example")
    user = User.objects.get(email="slow@testshire.gov.example")
    assert user.memberships.count() == 1 and user.invitations.count() == 1
    assert "Confirm your email" in mail.outbox[-1].subject
    client.post(
        link_path(mail.outbox[-1]), {"full_name": "Rae Slow", "password": "another long phrase"}
    )
    user.refresh_from_db()
    assert user.is_active


def test_an_invited_person_who_registers_gets_their_invitation_again(
    client, domain, council, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite_staff_member(
            council=council,
            email="invited@testshire.gov.example",
            full_name="In Vited",
            team=None,
            job_role="other",
            invited_by=None,
        )
    with django_capture_on_commit_callbacks(execute=True):
        register(client, "invited@testshire.gov.example")
    assert len(mail.outbox) == 2
    assert all("invited you" in message.subject for message in mail.outbox)
    assert not User.objects.get(email="invited@testshire.gov.example").check_password(
        "a long pass phrase"
    )


def test_sign_in_logs_are_kept_for_90_days():
    from axes.models import AccessLog

    from training.people.tasks import prune_sign_in_logs

    old = AccessLog.objects.create(username="a@b.example", ip_address="127.0.0.1", user_agent="x")
    AccessLog.objects.filter(pk=old.pk).update(attempt_time=timezone.now() - timedelta(days=91))
    recent = AccessLog.objects.create(
        username="c@d.example", ip_address="127.0.0.1", user_agent="x"
    )
    prune_sign_in_logs()
    assert list(AccessLog.objects.all()) == [recent]


def test_unconfirmed_registrations_are_deleted_after_a_week(client, domain):
    register(client, "late@testshire.gov.example")
    invited_user = factories.UserFactory(is_active=False)
    invitation = Invitation(user=invited_user, kind=InvitationKind.CO_TRAINER)
    invitation.issue_token()
    invitation.save()
    User.objects.update(date_joined=timezone.now() - timedelta(days=8))
    delete_unconfirmed_registrations()
    assert not User.objects.filter(email="late@testshire.gov.example").exists()
    assert not User.history.filter(email="late@testshire.gov.example").exists()
    assert User.objects.filter(pk=invited_user.pk).exists()  # invited people are kept
