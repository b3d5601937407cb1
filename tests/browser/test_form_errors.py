"""Error messages name their field, GOV.UK style, in English and Welsh, by keyboard alone."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.support import assert_no_axe_violations, error_summary, tab_to
from tests.browser.test_accessibility import _reset_link

EMPTY_REGISTRATION = {
    "": ["Enter your full name", "Enter your work email address", "Select your job role"],
    "/cy": [
        "Rhowch eich enw llawn",
        "Rhowch eich cyfeiriad e-bost gwaith",
        "Dewiswch eich rôl swydd",
    ],
}


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_an_empty_registration_says_what_each_field_needs(page: Page, prefix):
    page.goto(f"{prefix}/register/")
    button = page.locator("main button[type=submit]")
    tab_to(page, button)
    page.keyboard.press("Enter")

    summary = error_summary(page)
    expect(summary).to_be_focused()
    expect(summary.locator("li")).to_have_text(EMPTY_REGISTRATION[prefix])
    expect(page.locator(".govuk-error-message")).to_have_text(
        [re.compile(rf"{message}$") for message in EMPTY_REGISTRATION[prefix]]
    )
    assert_no_axe_violations(page)

    # The first link in the summary takes the keyboard to its field.
    tab_to(page, summary.get_by_role("link").first)
    page.keyboard.press("Enter")
    expect(page.locator("#id_full_name")).to_be_focused()


@pytest.mark.parametrize(
    ("prefix", "messages"),
    [
        (
            "",
            [
                "Your password must be 12 characters or more",
                "The passwords do not match. Enter your new password again",
            ],
        ),
        (
            "/cy",
            [
                "Rhaid i'ch cyfrinair fod yn 12 nod neu fwy",
                "Nid yw'r cyfrineiriau'n cyfateb. Rhowch eich cyfrinair newydd eto",
            ],
        ),
    ],
)
def test_a_new_password_that_breaks_the_rules_is_explained_by_its_field(
    page: Page, council, prefix, messages
):
    page.goto(prefix + _reset_link(factories.learner(council)))
    expect(page).to_have_url(re.compile(r"/set-password/$"))
    tab_to(page, page.locator("#id_new_password1"))
    page.keyboard.type("short-one")
    page.keyboard.press("Tab")
    page.keyboard.type("another-one")
    tab_to(page, page.locator("main button[type=submit]"))
    page.keyboard.press("Enter")

    summary = error_summary(page)
    expect(summary.locator("li")).to_have_text(messages)
    expect(summary.get_by_role("link", name=messages[0])).to_have_attribute(
        "href", "#id_new_password1"
    )
    expect(summary.get_by_role("link", name=messages[1])).to_have_attribute(
        "href", "#id_new_password2"
    )
    assert_no_axe_violations(page)
