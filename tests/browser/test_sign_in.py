"""Signing in through the browser: each role's home, two-factor, errors, keyboard only."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.support import (
    a_wrong_code,
    assert_no_axe_violations,
    enter_security_code,
    error_summary,
    expect_visible_focus,
    sign_in,
    sign_in_with_two_factor,
    totp_from_key,
)
from training.people.models import User


def test_a_learner_lands_on_my_learning(page: Page):
    person = factories.learner(full_name="Ada Learner")
    sign_in(page, person.email)
    expect(page).to_have_url(re.compile(r"/my-learning/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    expect(page.get_by_text("Signed in as Ada Learner")).to_be_visible()


def test_a_parent_co_trainer_lands_on_my_stories_without_a_second_factor(page: Page):
    person = factories.co_trainer()
    sign_in(page, person.email)
    expect(page).to_have_url(re.compile(r"/my-stories/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My stories")


def test_a_training_lead_passes_two_factor_and_lands_on_their_council(page: Page, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    sign_in(page, lead.email)
    expect(page).to_have_url(re.compile(r"/two-factor/\?next="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your security code")

    # A password alone opens nothing: the council page sends them back to the code.
    page.goto(f"/councils/{council.gss_code}/")
    expect(page).to_have_url(re.compile(r"/two-factor/\?next="))

    enter_security_code(page, factories.totp_code(device))
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(council.name)


@pytest.mark.parametrize("make_person", [factories.editor, factories.platform_admin])
def test_editors_and_platform_admins_pass_two_factor_into_the_wagtail_admin(
    page: Page, make_person
):
    person = make_person()
    device = factories.with_authenticator(person)
    sign_in_with_two_factor(page, person, device)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    # Wagtail's own dashboard, with the menu item editors use to invite co-trainers.
    expect(page.get_by_role("heading", name="Site summary")).to_be_visible()
    menu = page.get_by_role("navigation", name="Main menu")
    expect(menu.get_by_role("link", name="Invite a co-trainer")).to_be_visible()


def test_the_wagtail_admin_keeps_to_its_own_content_security_policy(page: Page, signed_in_as):
    signed_in_as(factories.platform_admin())
    page.goto("/admin/")
    expect(page.get_by_role("heading", name="Site summary")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert list(page.problems) == []


def test_a_wrong_two_factor_code_is_refused(page: Page, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    sign_in(page, lead.email)
    enter_security_code(page, a_wrong_code(device))
    summary = error_summary(page)
    expect(summary).to_contain_text("The security code is not right")
    expect(page).to_have_url(re.compile(r"/two-factor/"))


def test_a_first_time_training_lead_sets_up_an_authenticator(page: Page, council):
    lead = factories.training_lead(council)
    sign_in(page, lead.email)
    expect(page).to_have_url(re.compile(r"/two-factor/set-up/\?next="))
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()

    key = page.locator("#totp-secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{1,4})+", key.strip()), key
    enter_security_code(page, totp_from_key(key))

    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Two-factor authentication is set up."
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    page.get_by_role("link", name="I have saved my codes: continue").click()
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    devices = lead.totpdevice_set.all()
    assert [device.confirmed for device in devices] == [True]


def test_signing_in_in_welsh_keeps_welsh_and_remembers_it(page: Page):
    person = factories.learner()
    page.goto("/sign-in/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Cymraeg").click()
    expect(page).to_have_url(re.compile(r"/cy/sign-in/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")

    page.get_by_label("Cyfeiriad e-bost").fill(person.email)
    page.get_by_label("Cyfrinair").fill(factories.PASSWORD)
    page.locator("main").get_by_role("button", name="Mewngofnodi").click()

    expect(page).to_have_url(re.compile(r"/cy/my-learning/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Fy nysgu")
    # Emails to this person will now be in Welsh.
    assert User.objects.get(pk=person.pk).preferred_language == "cy"


def test_a_wrong_password_shows_the_error_summary_which_leads_to_the_email_field(page: Page):
    person = factories.learner()
    sign_in(page, person.email, "not-the-password")

    summary = error_summary(page)
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    expect(page).to_have_title(re.compile(r"^Error: Sign in"))
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    expect(summary).to_be_focused()
    expect(page.locator("#id_username")).to_have_value(person.email)

    summary.get_by_role(
        "link", name=re.compile("Enter the email address and password of your account")
    ).click()
    expect(page.locator("#id_username")).to_be_focused()
    expect(page).to_have_url(re.compile(r"/sign-in/"))


_focused = expect_visible_focus  # on screen and visibly focused (GOV.UK yellow)


def test_keyboard_only_sign_in_from_the_skip_link(page: Page):
    person = factories.learner()
    page.goto("/")
    keyboard = page.keyboard

    keyboard.press("Tab")
    skip = _focused(page)
    expect(skip).to_have_text("Skip to main content")
    expect(skip).to_have_attribute("href", "#main-content")
    keyboard.press("Enter")

    keyboard.press("Tab")
    start = _focused(page)
    expect(start).to_have_text(re.compile(r"^\s*Sign in\s*$"))
    keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/sign-in/$"))

    keyboard.press("Tab")
    expect(_focused(page)).to_have_text("Skip to main content")
    keyboard.press("Enter")
    keyboard.press("Tab")
    expect(_focused(page)).to_have_id("id_username")
    keyboard.type(person.email)
    keyboard.press("Tab")
    expect(_focused(page)).to_have_id("id_password")
    keyboard.type(factories.PASSWORD)
    keyboard.press("Tab")
    expect(_focused(page)).to_have_text("Sign in")
    keyboard.press("Enter")

    # The browser keeps the #main-content fragment through the redirect.
    expect(page).to_have_url(re.compile(r"/my-learning/(#main-content)?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def test_five_wrong_passwords_pause_sign_in_even_with_the_right_one_next(page: Page):
    person = factories.learner()
    for attempt in range(1, 6):
        sign_in(page, person.email.upper() if attempt % 2 else person.email, "wrong-password")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in is paused for 30 minutes")

    sign_in(page, person.email)
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in is paused for 30 minutes")
    assert not User.objects.get(pk=person.pk).last_login


def test_an_address_with_too_many_failures_is_told_why_sign_in_is_paused(page: Page):
    from django.test import Client

    people = [factories.learner() for _ in range(5)]
    sprayer = Client()  # the same address as the browser: 127.0.0.1
    for person in people:
        for _attempt in range(4):
            sprayer.post("/sign-in/", {"username": person.email, "password": "wrong-password"})

    sign_in(page, people[0].email)  # the right password, from the paused address
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in is paused for 30 minutes")
    expect(page.get_by_text("too many failed sign-ins from your network")).to_be_visible()
    assert_no_axe_violations(page)

    sign_in(page, people[0].email, prefix="/cy")
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Mae mewngofnodi wedi'i oedi am 30 munud"
    )
    assert_no_axe_violations(page)
    assert not User.objects.get(pk=people[0].pk).last_login
