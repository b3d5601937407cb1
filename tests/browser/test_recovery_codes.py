"""Recovery codes in the browser: saved at set-up, used once by keyboard, remade, and a new
phone set up after a lost one, with axe on every screen in English and Welsh."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.support import (
    assert_no_axe_violations,
    enter_security_code,
    error_summary,
    sign_in,
    tab_to,
    totp_from_key,
)
from training.people import recovery_codes


def codes_on(page: Page) -> list[str]:
    return [text.strip() for text in page.locator("#recovery-codes li").all_inner_texts()]


def sign_in_by_keyboard(page: Page, email: str):
    page.goto("/sign-in/")
    tab_to(page, page.locator("#id_username"))
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(factories.PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/two-factor/\?next="))


def enter_recovery_code_by_keyboard(page: Page, code: str):
    tab_to(page, page.get_by_role("link", name="Use a recovery code instead"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/two-factor/recovery-code/\?next="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter a recovery code")
    tab_to(page, page.locator("#id_code"))
    page.keyboard.type(code)
    page.keyboard.press("Enter")


def sign_out(page: Page):
    page.get_by_role("button", name=re.compile("^(Sign out|Allgofnodi)$")).click()


def test_set_up_save_the_codes_then_sign_in_with_one_once_by_keyboard(page: Page, council):
    lead = factories.training_lead(council)
    sign_in(page, lead.email)
    expect(page).to_have_url(re.compile(r"/two-factor/set-up/\?next="))
    enter_security_code(page, totp_from_key(page.locator("#totp-secret").inner_text()))

    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Two-factor authentication is set up."
    )
    codes = codes_on(page)
    assert len(codes) == 10
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 320, "height": 700})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 1280, "height": 720})

    # Save them: the download holds every code.
    with page.expect_download() as saved:
        page.get_by_role("link", name="Download the codes as a text file").click()
    text = Path(saved.value.path()).read_text()
    assert lead.email in text
    assert all(code in text for code in codes)

    page.get_by_role("link", name="I have saved my codes: continue").click()
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    sign_out(page)

    # A lost phone: the person signs in with a saved code, by keyboard alone.
    sign_in_by_keyboard(page, lead.email)
    enter_recovery_code_by_keyboard(page, codes[0].upper())
    expect(page).to_have_url(re.compile(r"/two-factor/manage/\?next="))
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "You signed in with a recovery code. You have 9 recovery codes left."
    )
    expect(page.get_by_role("link", name="Set up a new authenticator app")).to_be_visible()
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("link", name="Continue", exact=True))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    sign_out(page)

    # The same code again is refused.
    sign_in_by_keyboard(page, lead.email)
    enter_recovery_code_by_keyboard(page, codes[0])
    summary = error_summary(page)
    expect(summary).to_contain_text("The recovery code is not right, or was used already")
    expect(page).to_have_url(re.compile(r"/two-factor/recovery-code/"))
    assert_no_axe_violations(page)
    assert recovery_codes.left(lead) == 9


WORDS = {
    "": {
        "use a code": "Use a recovery code instead",
        "enter a code": "Enter a recovery code",
        "continue": "Continue",
        "wrong format": "Enter your recovery code in the correct format",
        "manage": "Two-factor authentication",
        "new phone": "Set up a new authenticator app",
        "save": "Save your recovery codes",
        "get new": "Get new recovery codes",
        "new codes": "Your new recovery codes",
    },
    "/cy": {
        "use a code": "Defnyddio cod adfer yn lle hynny",
        "enter a code": "Rhowch god adfer",
        "continue": "Parhau",
        "wrong format": "Rhowch eich cod adfer yn y fformat cywir",
        "manage": "Dilysu dau ffactor",
        "new phone": "Sefydlu ap dilysu newydd",
        "save": "Cadwch eich codau adfer",
        "get new": "Cael codau adfer newydd",
        "new codes": "Eich codau adfer newydd",
    },
}


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_every_recovery_screen_in_english_and_welsh(page: Page, council, prefix):
    words = WORDS[prefix]
    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    codes = recovery_codes.make_new(lead)
    heading = page.get_by_role("heading", level=1)

    sign_in(page, lead.email, prefix=prefix)
    page.get_by_role("link", name=words["use a code"]).click()
    expect(heading).to_have_text(words["enter a code"])
    assert_no_axe_violations(page)

    page.locator("#id_code").fill("abc")
    page.get_by_role("button", name=words["continue"]).click()
    expect(error_summary(page)).to_contain_text(words["wrong format"])
    assert_no_axe_violations(page)

    page.locator("#id_code").fill(codes[1])
    page.get_by_role("button", name=words["continue"]).click()
    expect(heading).to_have_text(words["manage"])
    assert_no_axe_violations(page)

    page.get_by_role("link", name=words["new phone"]).click()
    expect(heading).to_have_text(words["new phone"])
    assert_no_axe_violations(page)
    enter = page.locator("main button[type=submit]")
    page.locator("#id_code").fill(totp_from_key(page.locator("#totp-secret").inner_text()))
    enter.click()
    expect(heading).to_have_text(words["save"])
    assert len(codes_on(page)) == 10
    assert_no_axe_violations(page)
    assert lead.totpdevice_set.count() == 1

    page.goto(f"{prefix}/two-factor/manage/")
    page.get_by_role("button", name=words["get new"]).click()
    expect(heading).to_have_text(words["new codes"])
    assert len(codes_on(page)) == 10
    assert_no_axe_violations(page)
