"""Signing in: lockout, session rotation, two-factor for privileged roles, and the allow-list."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.html import escape

from tests import factories
from training.people.two_factor import secret_for_people

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=factories.PASSWORD, **extra):
    return client.post(
        reverse("people:sign_in"), {"username": email, "password": password}, **extra
    )


def test_a_learner_signs_in_and_lands_on_my_learning(client, council):
    person = factories.learner(council)
    response = sign_in(client, person.email.upper(), follow=True)
    assert response.redirect_chain[-1][0] == reverse("courses:my_learning")
    assert escape(person.full_name) in response.content.decode()  # O'Neill is O&#x27;Neill


def test_a_wrong_password_shows_the_error_summary(client, council):
    person = factories.learner(council)
    response = sign_in(client, person.email, "wrong password")
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert '<a href="#id_username">' in body
    assert "<title>Error:" in body


def test_signing_in_gives_a_new_session_key(client, council):
    person = factories.learner(council)
    session = client.session  # an anonymous session an attacker might have planted
    session["probe"] = 1
    session.save()
    before = session.session_key
    assert client.cookies["sessionid"].value == before
    sign_in(client, person.email)
    assert client.cookies["sessionid"].value != before
    assert int(client.session["_auth_user_id"]) == person.pk


def test_five_wrong_passwords_lock_that_email_from_that_address(client, council):
    person = factories.learner(council)
    for _ in range(5):
        sign_in(client, person.email, "wrong password")
    response = sign_in(client, person.email)  # even the right password
    assert response.status_code == 429
    body = response.content.decode()
    assert "Sign-in is paused for 30 minutes" in body
    assert "too many wrong passwords for this email address" in body
    # The same email from another address can still sign in: nobody can lock out a colleague.
    other = sign_in(client, person.email, REMOTE_ADDR="10.9.9.9")
    assert other.status_code == 302


def test_password_spraying_from_one_address_is_refused_after_twenty_failures(client, council):
    people = [factories.learner(council) for _ in range(6)]
    # Four wrong passwords for each of six accounts: under the per-account limit of five.
    statuses = [
        sign_in(client, person.email, "wrong password").status_code
        for person in people
        for _ in range(4)
    ]
    assert statuses == [200] * 19 + [429] * 5
    # Now even a right password from that address is refused, and the page says why and how long.
    refused = sign_in(client, people[5].email)
    assert refused.status_code == 429
    body = refused.content.decode()
    assert "Sign-in is paused for 30 minutes" in body
    assert "too many failed sign-ins from your network" in body
    assert "_auth_user_id" not in client.session
    # Another address is not affected.
    assert sign_in(client, people[5].email, REMOTE_ADDR="10.9.9.9").status_code == 302


def test_an_address_is_free_again_thirty_minutes_after_its_last_failure(client, council):
    from datetime import timedelta

    from axes.models import AccessAttempt
    from django.utils import timezone

    people = [factories.learner(council) for _ in range(5)]
    for person in people:
        for _ in range(4):
            sign_in(client, person.email, "wrong password")
    assert sign_in(client, people[0].email).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert sign_in(client, people[0].email).status_code == 302


def test_failed_sign_ins_are_counted_per_address_across_accounts(client, council):
    from training.people.auth import failed_sign_ins_from

    first, second = factories.learner(council), factories.learner(council)
    for person in (first, second, first):
        sign_in(client, person.email, "wrong password")
    sign_in(client, second.email, "wrong password", REMOTE_ADDR="10.9.9.9")
    assert failed_sign_ins_from("127.0.0.1") == 3
    assert failed_sign_ins_from("10.9.9.9") == 1
    assert failed_sign_ins_from("10.1.1.1") == 0


def test_an_inactive_invited_person_cannot_sign_in(client, council):
    person = factories.learner(council, is_active=False)
    response = sign_in(client, person.email)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "make", [factories.training_lead, factories.editor, factories.platform_admin]
)
def test_privileged_roles_set_up_two_factor_before_anything_else(client, council, make):
    person = make(council) if make is factories.training_lead else make()
    response = sign_in(client, person.email)
    assert response.status_code == 302
    response = client.get(reverse("people:my_council"))
    assert response.url.startswith(reverse("people:two_factor_setup"))
    assert client.get(reverse("wagtailadmin_home")).url.startswith(
        reverse("people:two_factor_setup")
    )
    setup = client.get(reverse("people:two_factor_setup"))
    assert setup.status_code == 200
    device = person.totpdevice_set.get(confirmed=False)
    assert secret_for_people(device) in setup.content.decode()
    wrong = client.post(reverse("people:two_factor_setup"), {"code": "000000"})
    assert "not right" in wrong.content.decode()
    throttled = client.post(
        reverse("people:two_factor_setup"), {"code": factories.totp_code(device)}
    )
    assert "Wait 1 second" in throttled.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # as if the second had passed
    ok = client.post(
        reverse("people:two_factor_setup"),
        {"code": factories.totp_code(device), "next": "/my-council/"},
    )
    # The recovery codes are shown once, then the person continues where they were going.
    assert ok.status_code == 200
    assert "Save your recovery codes" in ok.content.decode()
    assert 'href="/my-council/"' in ok.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("people:home")).status_code == 302
    assert not client.get(reverse("people:home")).url.startswith("/two-factor")


def test_a_lead_with_an_authenticator_must_enter_a_code_and_a_code_works_once(client, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    sign_in(client, lead.email)
    assert client.get(council.get_absolute_url()).url.startswith(
        reverse("people:two_factor_verify")
    )
    code = factories.totp_code(device)
    response = client.post(
        reverse("people:two_factor_verify"), {"code": code, "next": council.get_absolute_url()}
    )
    assert response.url == council.get_absolute_url()
    assert client.get(council.get_absolute_url()).status_code == 200
    # The same code again, in a new session, is refused.
    client.logout()
    sign_in(client, lead.email)
    again = client.post(reverse("people:two_factor_verify"), {"code": code})
    assert again.status_code == 200
    assert "There is a problem" in again.content.decode()


def test_the_two_factor_page_does_not_redirect_offsite(client, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    sign_in(client, lead.email)
    response = client.post(
        reverse("people:two_factor_verify"),
        {"code": factories.totp_code(device), "next": "https://evil.example/"},
    )
    assert response.url == reverse("people:home")


def test_learners_and_co_trainers_need_no_second_factor(client, council):
    sign_in(client, factories.co_trainer().email)
    assert client.get(reverse("case_studies:my_stories")).status_code == 200


def test_password_reset_sends_a_link_that_works_once_and_keeps_two_factor(client, council):
    from django.core import mail

    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    client.post(reverse("people:password_reset"), {"email": lead.email})
    assert len(mail.outbox) == 1
    path = mail.outbox[0].body.split("http://testserver")[1].split()[0]
    form_page = client.get(path, follow=True)
    set_url = form_page.redirect_chain[-1][0]
    client.post(
        set_url, {"new_password1": "a brand new phrase", "new_password2": "a brand new phrase"}
    )
    assert "_auth_user_id" not in client.session  # reset does not sign in, so 2FA still applies
    sign_in(client, lead.email, "a brand new phrase")
    assert client.get(council.get_absolute_url()).url.startswith(
        reverse("people:two_factor_verify")
    )


def test_password_reset_for_an_unknown_email_looks_the_same(client, db):
    from django.core import mail

    response = client.post(reverse("people:password_reset"), {"email": "nobody@example.org"})
    assert response.url == reverse("people:password_reset_sent")
    assert not mail.outbox


def test_password_reset_is_rate_limited(client, db):
    for _ in range(10):
        client.post(reverse("people:password_reset"), {"email": "nobody@example.org"})
    assert (
        client.post(reverse("people:password_reset"), {"email": "x@example.org"}).status_code == 429
    )


# The allow-list ------------------------------------------------------------------

PUBLIC = {
    "people:sign_in",
    "people:password_reset",
    "people:password_reset_sent",
    "people:password_reset_confirm",
    "people:password_reset_complete",
    "people:register",
    "people:registration_sent",
    "people:accept_invitation",
    "core:accessibility_statement",
    "core:privacy_notice",
    "core:signed_out",
    "core:outbox",  # development only: 404 unless DEBUG
    "core:outbox_message",
    "health",
    "set_language",
    "wagtail_serve",  # public only for public page types, checked per page
    "wagtailcore_login",  # sends the signed-out to sign in; 404 for the signed-in
}


def _named_views(resolver=None, namespace="", route=""):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            prefix = f"{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_views(pattern, prefix, route + str(pattern.pattern))
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}{pattern.name}", route + str(pattern.pattern), pattern.callback


def test_every_view_needs_sign_in_except_the_allow_list():
    # Wagtail wraps everything under admin/ in its own admin-access check (tested below).
    open_views = {
        name
        for name, route, view in _named_views()
        if not getattr(view, "login_required", True) and not route.startswith("admin/")
    }
    assert open_views == PUBLIC


@pytest.mark.parametrize("url", ["/admin/", "/admin/api/main/pages/", "/admin/login/"])
def test_the_admin_sends_everyone_to_our_sign_in(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("people:sign_in"))


def test_signed_in_learners_cannot_use_the_admin_and_do_not_loop(client, signed_in, council):
    signed_in(factories.learner(council))
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert "You cannot see this page" in response.content.decode()
    assert client.get("/admin/api/main/pages/", follow=True).status_code == 403


def test_anyone_a_group_lets_into_the_admin_needs_two_factor(client, council):
    from django.contrib.auth.models import Group, Permission

    # A group of the kind Wagtail's own "Moderators" is: admin access, nothing of ours.
    moderators = Group.objects.create(name="Page moderators")
    moderators.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    moderator = factories.UserFactory()
    moderator.groups.add(moderators)
    sign_in(client, moderator.email)
    assert client.get("/admin/pages/").url.startswith(reverse("people:two_factor_setup"))


def test_pages_other_than_the_landing_page_need_sign_in(client, db):
    from wagtail.models import Page

    home = Page.objects.get(depth=2)
    private = home.add_child(instance=Page(title="Staff only", slug="staff-only"))
    assert client.get("/").status_code == 200
    response = client.get(private.url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("people:sign_in"))


def test_changing_the_case_of_the_email_does_not_dodge_the_lockout(client, council):
    factories.learner(council, email="case@example.org")
    for index in range(5):
        sign_in(client, "CASE@example.org" if index % 2 else "case@example.org", "wrong password")
    assert sign_in(client, "Case@Example.org").status_code == 429


def test_the_language_a_person_uses_becomes_their_preferred_language(client, signed_in, council):
    person = factories.learner(council)
    signed_in(person)
    client.get("/cy/my-learning/")
    person.refresh_from_db()
    assert person.preferred_language == "cy"
