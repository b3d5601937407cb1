"""axe-core finds no WCAG 2.2 AA violations on any page of the foundation, in any state.

Each scenario takes the browser to one page in one state (signed out or in, blank or
with errors) the way a person would get there, and returns the page's expected heading,
so a scan of the wrong page (a redirect to sign-in, say) cannot pass by accident.
"""

import re
from collections.abc import Callable

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.support import (
    assert_no_axe_violations,
    enter_security_code,
    error_summary,
    sign_in,
)
from tests.browser.test_staff_invitations import BAD_FILE, GOOD_FILE, upload
from training.people.models import InvitationKind, JobRole

SCENARIOS: dict[str, Callable] = {}


def scenario(name):
    def register(arrange):
        SCENARIOS[name] = arrange
        return arrange

    return register


def visit(page: Page, path: str, status: int = 200):
    response = page.goto(path)
    assert response.status == status, f"{path} answered {response.status}, not {status}"
    return response


def expect_errors(page: Page):
    error_summary(page)
    expect(page).to_have_title(re.compile(r"^(Error|Gwall):"))


# Signed out ---------------------------------------------------------------------------


@scenario("landing page")
def _(page, as_, council):
    visit(page, "/")
    return "Cotrain"


@scenario("landing page in Welsh")
def _(page, as_, council):
    visit(page, "/cy/")
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    return "Cotrain"


@scenario("sign in")
def _(page, as_, council):
    visit(page, "/sign-in/")
    return "Sign in to Cotrain"


@scenario("sign in with errors")
def _(page, as_, council):
    sign_in(page, "nobody@example.org", "not-the-password")
    expect_errors(page)
    return "Sign in to Cotrain"


@scenario("sign in in Welsh")
def _(page, as_, council):
    visit(page, "/cy/sign-in/")
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(page.get_by_label("Cyfeiriad e-bost")).to_be_visible()
    return "Mewngofnodi i Cotrain"


@scenario("register")
def _(page, as_, council):
    visit(page, "/register/")
    return "Create an account"


@scenario("register with errors")
def _(page, as_, council):
    visit(page, "/register/")
    page.get_by_label("Work email address").fill("someone@unknown-council.example")
    page.get_by_role("button", name="Create account").click()
    expect_errors(page)
    # Every field has its error, the radios included.
    expect(page.locator(".govuk-error-message")).to_have_count(3)
    return "Create an account"


@scenario("registration sent")
def _(page, as_, council):
    domain = factories.EmailDomainFactory(council=council).domain
    visit(page, "/register/")
    page.get_by_label("Full name").fill("Rhian Evans")
    page.get_by_label("Work email address").fill(f"rhian.evans@{domain}")
    page.get_by_label("Social worker").check()
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(re.compile(r"/register/sent/$"))
    expect(page.get_by_text(f"rhian.evans@{domain}")).to_be_visible()
    return "Confirm your email address"


@scenario("password reset")
def _(page, as_, council):
    visit(page, "/password-reset/")
    return "Reset your password"


@scenario("password reset sent")
def _(page, as_, council):
    visit(page, "/password-reset/")
    page.get_by_label("Email address").fill(factories.learner(council).email)
    page.get_by_role("button", name="Send the link").click()
    expect(page).to_have_url(re.compile(r"/password-reset/sent/$"))
    return "Check your email"


def _reset_link(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"/password-reset/{uid}/{default_token_generator.make_token(user)}/"


@scenario("password reset confirm")
def _(page, as_, council):
    visit(page, _reset_link(factories.learner(council)))
    expect(page).to_have_url(re.compile(r"/set-password/$"))
    return "Set a new password"


@scenario("password reset confirm with errors")
def _(page, as_, council):
    visit(page, _reset_link(factories.learner(council)))
    page.get_by_role("button", name="Save the new password").click()
    expect_errors(page)
    return "Set a new password"


@scenario("password reset link expired")
def _(page, as_, council):
    person = factories.learner(council)
    link = _reset_link(person)
    person.set_password("a-different-password-now")  # a used link stops working
    person.save()
    visit(page, link)
    return "This link has expired"


@scenario("password changed")
def _(page, as_, council):
    visit(page, _reset_link(factories.learner(council)))
    page.get_by_label("New password", exact=True).fill("kettle-orchard-lantern-9")
    page.get_by_label("Confirm new password").fill("kettle-orchard-lantern-9")
    page.get_by_role("button", name="Save the new password").click()
    expect(page).to_have_url(re.compile(r"/password-reset/done/$"))
    return "Your password has changed"


@scenario("two-factor set-up")
def _(page, as_, council):
    sign_in(page, factories.training_lead(council).email)
    expect(page).to_have_url(re.compile(r"/two-factor/set-up/"))
    return "Set up two-factor authentication"


@scenario("two-factor set-up with errors")
def _(page, as_, council):
    sign_in(page, factories.training_lead(council).email)
    enter_security_code(page, "12")
    expect_errors(page)
    return "Set up two-factor authentication"


@scenario("two-factor verify")
def _(page, as_, council):
    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    sign_in(page, lead.email)
    expect(page).to_have_url(re.compile(r"/two-factor/\?next="))
    return "Enter your security code"


@scenario("two-factor verify with errors")
def _(page, as_, council):
    lead = factories.training_lead(council)
    factories.with_authenticator(lead)
    sign_in(page, lead.email)
    enter_security_code(page, "12345")
    expect_errors(page)
    return "Enter your security code"


@scenario("accept invitation")
def _(page, as_, council):
    invited = factories.UserFactory(is_active=False, full_name="Sam Invited")
    factories.MembershipFactory(user=invited, council=council)
    token = factories.invitation_token(invited, InvitationKind.STAFF, council)
    visit(page, f"/invitation/{token}/")
    return "Set up your account"


@scenario("accept invitation with errors")
def _(page, as_, council):
    invited = factories.UserFactory(is_active=False)
    factories.MembershipFactory(user=invited, council=council)
    token = factories.invitation_token(invited, InvitationKind.STAFF, council)
    visit(page, f"/invitation/{token}/")
    page.get_by_label("Create a password").fill("short")
    page.get_by_role("button", name="Create account").click()
    expect_errors(page)
    return "Set up your account"


@scenario("confirm registration")
def _(page, as_, council):
    registered = factories.UserFactory(is_active=False, full_name="Rae Registered")
    factories.MembershipFactory(user=registered, council=council)
    token = factories.invitation_token(registered, InvitationKind.REGISTRATION, council)
    visit(page, f"/invitation/{token}/")
    return "Your email address is confirmed"


@scenario("join another council")
def _(page, as_, council):
    member = factories.returning_person(factories.CouncilFactory())
    token = factories.invitation_token(member, InvitationKind.STAFF, council)
    as_(member)
    visit(page, f"/invitation/{token}/")
    return f"Join {council.name}"


@scenario("invitation link expired")
def _(page, as_, council):
    visit(page, "/invitation/not-a-real-token/", status=404)
    return "This link has expired or was already used"


@scenario("accessibility statement")
def _(page, as_, council):
    visit(page, "/accessibility-statement/")
    return re.compile("Accessibility statement")


@scenario("privacy notice")
def _(page, as_, council):
    visit(page, "/privacy/")
    return re.compile("Privacy notice")


@scenario("signed out")
def _(page, as_, council):
    as_(factories.learner(council))
    visit(page, "/my-learning/")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/signed-out/$"))
    expect(page.get_by_role("link", name="Sign in", exact=True)).to_be_visible()
    return "You have signed out"


@scenario("page not found")
def _(page, as_, council):
    visit(page, "/no-such-page/", status=404)
    return "Page not found"


@scenario("sign-in paused after five wrong passwords")
def _(page, as_, council):
    email = factories.learner(council).email
    for _attempt in range(5):
        sign_in(page, email, "not-the-password")
    return "Sign-in is paused for 30 minutes"


# Signed in ----------------------------------------------------------------------------


@scenario("my learning")
def _(page, as_, council):
    as_(factories.learner(council))
    visit(page, "/my-learning/")
    return "My learning"


@scenario("my learning in Welsh")
def _(page, as_, council):
    as_(factories.learner(council))
    visit(page, "/cy/my-learning/")
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    return "Fy nysgu"


@scenario("my stories")
def _(page, as_, council):
    as_(factories.co_trainer())
    visit(page, "/my-stories/")
    return "My stories"


@scenario("forbidden")
def _(page, as_, council):
    as_(factories.learner(council))
    visit(page, "/my-council/", status=403)
    return "You cannot see this page"


def _council_with_people(council):
    """A council with a team, a joined person, an invited one and one who left."""
    team = factories.TeamFactory(council=council, name="Disabled children's team")
    factories.MembershipFactory(council=council, team=team, job_role=JobRole.SENCO)
    factories.MembershipFactory(council=council, team=team, is_active=False)
    invited = factories.MembershipFactory(
        council=council, team=team, user=factories.UserFactory(is_active=False)
    )
    factories.invitation_token(invited.user, InvitationKind.STAFF, council)
    return invited


@scenario("my council")
def _(page, as_, council):
    as_(factories.training_lead(council))
    _council_with_people(council)
    visit(page, "/my-council/")
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    expect(page.get_by_role("table")).to_contain_text("Disabled children's team")
    return council.name


@scenario("people list")
def _(page, as_, council):
    as_(factories.training_lead(council))
    _council_with_people(council)
    visit(page, f"/councils/{council.gss_code}/people/")
    expect(page.get_by_role("row")).to_have_count(5)  # a header and four people
    return "People"


@scenario("person detail")
def _(page, as_, council):
    as_(factories.training_lead(council))
    invited = _council_with_people(council)
    visit(page, f"/councils/{council.gss_code}/people/{invited.pk}/")
    expect(page.get_by_role("button", name="Send a new invitation")).to_be_visible()
    return invited.user.full_name


@scenario("invite staff")
def _(page, as_, council):
    as_(factories.training_lead(council))
    visit(page, f"/councils/{council.gss_code}/invite/")
    return "Invite staff"


@scenario("invite staff without a file")
def _(page, as_, council):
    as_(factories.training_lead(council))
    visit(page, f"/councils/{council.gss_code}/invite/")
    page.get_by_role("button", name="Upload and invite").click()
    expect_errors(page)
    return "Invite staff"


@scenario("invite staff with file errors")
def _(page, as_, council):
    as_(factories.training_lead(council))
    visit(page, f"/councils/{council.gss_code}/invite/")
    upload(page, BAD_FILE)
    expect_errors(page)
    expect(page.locator(".govuk-error-summary li")).to_have_count(3)
    return "Invite staff"


@scenario("staff invited")
def _(page, as_, council):
    as_(factories.training_lead(council))
    visit(page, f"/councils/{council.gss_code}/invite/")
    upload(page, GOOD_FILE)
    return "File uploaded"


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_accessibility_violations(page: Page, signed_in_as, council, name):
    heading = SCENARIOS[name](page, signed_in_as, council)
    expect(page.locator("h1")).to_have_text(heading)
    assert_no_axe_violations(page)


def test_the_axe_check_fails_with_each_rule_and_where_it_is_broken(page: Page):
    """The check itself works: our strict CSP must not stop axe-core running, and a
    violation must be reported by rule and selector."""
    visit(page, "/sign-in/")
    page.evaluate(
        """() => {
            const img = document.createElement('img');
            img.src = '/static/images/favicon.svg';
            img.id = 'no-alt';
            document.querySelector('main').append(img);
            document.querySelector('label[for=id_password]').remove();
        }"""
    )
    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(page)
    report = str(failure.value)
    assert "- image-alt (critical): Images must have alternative text" in report
    assert "at #no-alt" in report
    assert "- label (critical)" in report and "at #id_password" in report


@pytest.mark.parametrize(
    "path", ["/", "/sign-in/", "/register/", "/cy/register/", "/accessibility-statement/"]
)
def test_pages_reflow_at_320_pixels_wide(page: Page, path):
    """WCAG 1.4.10: no sideways scrolling on a 320 px wide screen."""
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
