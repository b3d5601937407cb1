"""Recovery codes: shown once at set-up, one use each, stored as keyed digests, remade on
request, and a way to set up a new authenticator after a lost phone."""

import re

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken

from tests import factories
from tests.training.test_sign_in import sign_in
from training.people import recovery_codes

pytestmark = pytest.mark.django_db

CODE = re.compile(r"\b[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}\b")


def codes_on(response) -> list[str]:
    return CODE.findall(response.content.decode())


def signed_in_with_password(client, council):
    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    codes = recovery_codes.make_new(lead)
    sign_in(client, lead.email)
    return lead, codes


def use(client, code, next_url=""):
    return client.post(reverse("people:two_factor_recovery"), {"code": code, "next": next_url})


# The rules ------------------------------------------------------------------------------


def test_new_codes_are_ten_one_use_codes_stored_only_as_digests(council):
    lead = factories.training_lead(council)
    codes = recovery_codes.make_new(lead)
    assert len(codes) == len(set(codes)) == 10
    assert all(CODE.fullmatch(code) for code in codes)
    stored = set(StaticToken.objects.filter(device__user=lead).values_list("token", flat=True))
    assert len(stored) == 10
    plain = {code.replace("-", "") for code in codes}
    assert not stored & (plain | set(codes))
    assert recovery_codes.left(lead) == 10


def test_new_codes_void_the_old_ones(council):
    lead = factories.training_lead(council)
    old = recovery_codes.make_new(lead)
    new = recovery_codes.make_new(lead)
    assert recovery_codes.left(lead) == 10
    assert not set(old) & set(new)
    assert recovery_codes.device_of(lead).token_set.count() == 10


def test_a_code_is_read_however_it_is_typed(council):
    assert recovery_codes.normalise(" ABCDE fghjk ") == "abcdefghjk"
    assert recovery_codes.normalise("abcde-fghjk") == "abcdefghjk"


def test_the_digest_needs_the_secret_key_and_old_keys_still_work(settings, council):
    lead = factories.training_lead(council)
    first, second = recovery_codes.make_new(lead)[:2]
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "another-key-" + "y" * 40
    assert recovery_codes.digests_of(first)[0] != recovery_codes.digests_of(first)[1]
    device = recovery_codes.device_of(lead)
    assert recovery_codes.spend(device, first) is True  # made under the old key
    settings.SECRET_KEY_FALLBACKS = []
    assert recovery_codes.spend(device, second) is False  # the old key is gone


# Signing in with one ------------------------------------------------------------------------


def test_the_verify_page_offers_a_recovery_code(client, council):
    signed_in_with_password(client, council)
    page = client.get(reverse("people:two_factor_verify"), {"next": "/my-council/"})
    assert (
        f'href="{reverse("people:two_factor_recovery")}?next=%2Fmy-council%2F"'
        in page.content.decode()
    )
    assert "Use a recovery code instead" in page.content.decode()


def test_a_recovery_code_signs_in_once_and_says_how_many_are_left(client, council):
    lead, codes = signed_in_with_password(client, council)
    # Before the second step the recovery page is open; the council is not.
    assert client.get(reverse("people:two_factor_recovery")).status_code == 200
    assert client.get(council.get_absolute_url()).status_code == 302

    typed = codes[0].upper().replace("-", " ")
    response = use(client, typed, council.get_absolute_url())
    manage = reverse("people:two_factor_manage")
    assert response.status_code == 302
    assert response.url == f"{manage}?next={council.get_absolute_url().replace('/', '%2F')}"
    page = client.get(response.url)
    text = page.content.decode()
    assert "You signed in with a recovery code. You have 9 recovery codes left." in text
    assert "set up a new authenticator app" in text
    assert reverse("people:two_factor_replace") in text
    assert f'href="{council.get_absolute_url()}"' in text  # continue to where they were going
    assert client.get(council.get_absolute_url()).status_code == 200
    assert recovery_codes.left(lead) == 9

    # The same code never works again.
    client.post(reverse("people:sign_out"))
    sign_in(client, lead.email)
    again = use(client, codes[0])
    assert again.status_code == 200
    assert "The recovery code is not right, or was used already" in again.content.decode()
    assert client.get(council.get_absolute_url()).status_code == 302
    assert recovery_codes.left(lead) == 9


def test_the_last_code_says_to_get_new_ones(client, council):
    lead, codes = signed_in_with_password(client, council)
    StaticToken.objects.filter(device__user=lead).exclude(
        token__in=recovery_codes.digests_of(codes[0])
    ).delete()
    response = use(client, codes[0])
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        "You signed in with your last recovery code. Get new recovery codes now, and if you "
        "have lost your phone, set up a new authenticator app."
    ]


def test_wrong_recovery_codes_are_slowed_down_as_security_codes_are(client, council):
    lead, codes = signed_in_with_password(client, council)
    assert "not right" in use(client, "aaaaa-aaaaa").content.decode()
    throttled = use(client, codes[0])
    assert "Too many wrong recovery codes. Wait 1 second, then try again." in (
        throttled.content.decode()
    )
    assert recovery_codes.left(lead) == 10  # the right code was not spent while waiting
    assert client.get(council.get_absolute_url()).status_code == 302


def test_a_recovery_code_must_look_like_one(client, council):
    signed_in_with_password(client, council)
    empty = use(client, "")
    assert "Enter your recovery code" in empty.content.decode()
    wrong = use(client, "abc")
    assert (
        "Enter your recovery code in the correct format: 10 letters and numbers"
        in wrong.content.decode()
    )


def test_someone_with_no_codes_is_told_to_ask_an_admin(client, council):
    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    sign_in(client, lead.email)
    response = use(client, "abcde-fghjk")
    assert response.status_code == 200
    assert "The recovery code is not right, or was used already" in response.content.decode()


# Setting up two-factor shows the codes once ---------------------------------------------------


def test_setting_up_two_factor_shows_the_codes_once(client, council):
    lead = factories.training_lead(council)
    sign_in(client, lead.email)
    client.get(reverse("people:two_factor_setup"))
    device = lead.totpdevice_set.get(confirmed=False)
    response = client.post(
        reverse("people:two_factor_setup"),
        {"code": factories.totp_code(device), "next": "/my-council/"},
    )
    assert response.status_code == 200
    codes = codes_on(response)
    assert len(codes) == 10
    text = response.content.decode()
    assert "Two-factor authentication is set up." in text
    assert "Save your recovery codes" in text
    assert "This is the only time you will see these codes" in text
    assert 'href="/my-council/"' in text
    assert "no-store" in response["Cache-Control"]
    assert recovery_codes.left(lead) == 10
    # Nowhere else shows them.
    manage = client.get(reverse("people:two_factor_manage"))
    assert codes_on(manage) == []
    assert "You have 10 recovery codes left." in manage.content.decode()
    # A code from that page works.
    client.post(reverse("people:sign_out"))
    sign_in(client, lead.email)
    assert use(client, codes[3]).status_code == 302


def test_a_verified_person_gets_new_codes_and_the_old_ones_stop_working(client, signed_in, council):
    lead = factories.training_lead(council)
    old = recovery_codes.make_new(lead)
    signed_in(lead)
    header = client.get(council.get_absolute_url()).content.decode()
    assert f'href="{reverse("people:two_factor_manage")}"' in header
    page = client.get(reverse("people:two_factor_manage"))
    assert page.status_code == 200
    assert "Get new recovery codes" in page.content.decode()
    response = client.post(reverse("people:two_factor_manage"))
    new = codes_on(response)
    assert len(new) == 10 and not set(new) & set(old)
    assert "Your new recovery codes" in response.content.decode()
    device = recovery_codes.device_of(lead)
    assert recovery_codes.spend(device, old[0]) is False
    assert recovery_codes.spend(device, new[0]) is True


def test_the_page_for_codes_needs_the_second_step(client, council):
    signed_in_with_password(client, council)
    response = client.get(reverse("people:two_factor_manage"))
    assert response.url.startswith(reverse("people:two_factor_verify"))
    assert client.post(reverse("people:two_factor_manage")).status_code == 302


def test_a_person_who_needs_no_second_step_has_no_codes_page(client, council):
    client.force_login(factories.learner(council))
    response = client.get(reverse("people:two_factor_manage"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("people:two_factor_setup"))


def test_a_lead_without_codes_is_told_to_get_some_when_they_sign_in(client, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    sign_in(client, lead.email)
    response = client.post(
        reverse("people:two_factor_verify"), {"code": factories.totp_code(device)}
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        "You have no recovery codes. Get some under Two-factor authentication, so you can "
        "still sign in if you lose your phone."
    ]


# A new phone --------------------------------------------------------------------------------


def test_after_a_recovery_code_a_new_authenticator_replaces_the_lost_one(client, council):
    lead, codes = signed_in_with_password(client, council)
    lost = lead.totpdevice_set.get()
    use(client, codes[0])
    page = client.get(reverse("people:two_factor_replace"))
    assert page.status_code == 200
    assert "Set up a new authenticator app" in page.content.decode()
    new = lead.totpdevice_set.get(confirmed=False)
    wrong = client.post(reverse("people:two_factor_replace"), {"code": factories.totp_code(lost)})
    assert "The security code is not right" in wrong.content.decode()
    new.refresh_from_db()
    new.throttle_reset()
    response = client.post(reverse("people:two_factor_replace"), {"code": factories.totp_code(new)})
    assert response.status_code == 200
    assert len(codes_on(response)) == 10
    assert "Your new authenticator app is set up." in response.content.decode()
    assert list(lead.totpdevice_set.values_list("pk", flat=True)) == [new.pk]
    assert recovery_codes.spend(recovery_codes.device_of(lead), codes[1]) is False


def test_a_new_authenticator_needs_the_second_step_first(client, council):
    signed_in_with_password(client, council)
    response = client.get(reverse("people:two_factor_replace"))
    assert response.url.startswith(reverse("people:two_factor_verify"))


def test_the_wagtail_account_page_links_to_two_factor(client, signed_in):
    editor = factories.editor()
    signed_in(editor)
    page = client.get(reverse("wagtailadmin_account"))
    assert reverse("people:two_factor_manage") in page.content.decode()
