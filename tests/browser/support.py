"""Helpers for the browser tests: accessibility checks, signing in, and one-time codes."""

import base64
import os
import re
import time
from pathlib import Path

from django.conf import settings
from django.test import Client
from django_otp.oath import TOTP
from playwright.sync_api import Page, expect

from tests import factories
from tests.conftest import sign_in_verified

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# GOV.UK Frontend's focus colour, for checking that what has focus can be seen.
FOCUS_YELLOW = "rgb(255, 221, 0)"

# Our strict Content Security Policy refuses inline scripts without the page's nonce, and
# Playwright's add_script_tag(path=...) injects axe-core inline. Serving axe-core from the
# site's own origin through a route keeps the policy switched on while axe runs.
_AXE_URL_PATH = "/__browser-tests__/axe.min.js"


def assert_no_axe_violations(
    page: Page, *, exclude: list[str] | None = None, include: list[str] | None = None
) -> None:
    """Run axe-core's WCAG 2.2 AA rules on the page and fail with a readable list.

    ``include`` limits the check to parts of the page: Cotrain's own parts of a Wagtail
    admin screen, whose rest is Wagtail's to answer for."""
    if not getattr(page, "_axe_route_ready", False):
        page.route(
            f"**{_AXE_URL_PATH}",
            lambda route: route.fulfill(path=AXE_JS, content_type="text/javascript"),
        )
        page._axe_route_ready = True
    # Colour contrast means nothing without our styles: make sure they arrived (the Wagtail
    # admin has its own).
    assert "/admin/" in page.url or page.evaluate(
        """() => [...document.styleSheets].some(
            sheet => sheet.href && sheet.href.includes('/static/css/') && sheet.cssRules.length)"""
    ), f"the site's stylesheet did not load on {page.url} (run `npm run build`?)"
    for selector in include or []:
        assert page.locator(selector).count(), f"nothing matches {selector} on {page.url}"
    if page.evaluate("typeof window.axe") == "undefined":
        origin = re.match(r"^https?://[^/]+", page.url).group(0)
        page.add_script_tag(url=origin + _AXE_URL_PATH)
    results = page.evaluate(
        """async ([tags, include, exclude]) => {
            const context = {
                include: include.length ? include.map(selector => [selector]) : [document],
                exclude: exclude,
            };
            return await axe.run(context, {runOnly: {type: 'tag', values: tags}});
        }""",
        [WCAG_TAGS, include or [], exclude or []],
    )
    assert results["passes"], f"axe-core checked nothing on {page.url}"
    violations = results["violations"]
    if violations:
        lines = [f"axe-core found {len(violations)} accessibility violation(s) on {page.url}:"]
        for violation in violations:
            lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
            lines.append(f"  {violation['helpUrl']}")
            for node in violation["nodes"]:
                lines.append(f"    at {' '.join(map(str, node['target']))}")
        raise AssertionError("\n".join(lines))


# Signing in ---------------------------------------------------------------------------


def sign_in(page: Page, email: str, password: str = factories.PASSWORD, *, prefix: str = ""):
    """Fill in and send the sign-in form, as a person would."""
    page.goto(f"{prefix}/sign-in/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main").get_by_role("button", name=re.compile("^(Sign in|Mewngofnodi)$")).click()


def enter_security_code(page: Page, code: str) -> None:
    page.locator("#id_code").fill(code)
    page.locator("main").get_by_role("button", name="Continue").click()


def sign_in_with_two_factor(page: Page, user, device) -> None:
    """Sign in with a password, then pass the second step with the device's current code."""
    sign_in(page, user.email)
    expect(page).to_have_url(re.compile(r"/two-factor/\?next="))
    enter_security_code(page, factories.totp_code(device))


def sign_in_through_cookie(page: Page, user, base_url: str) -> None:
    """Start the page's browser already signed in (second factor passed), skipping the forms.

    For tests about a page rather than about signing in: quicker, and it leaves the person's
    one-time codes unused.
    """
    client = sign_in_verified(Client(), user)
    session_cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session_cookie.value, "url": base_url}]
    )


# One-time codes -----------------------------------------------------------------------


def totp_from_key(key: str, *, at: float | None = None) -> str:
    """The code an authenticator app would show for a base32 key as people type it."""
    secret = key.replace(" ", "").upper()
    secret += "=" * (-len(secret) % 8)
    totp = TOTP(base64.b32decode(secret), step=30, t0=0, digits=6)
    totp.time = at if at is not None else time.time()
    return f"{totp.token():06d}"


def a_wrong_code(device) -> str:
    """A 6-digit code the device will refuse: not the code of this step or either neighbour."""
    key = base64.b32encode(device.bin_key).decode()
    now = time.time()
    accepted = {totp_from_key(key, at=now + drift * device.step) for drift in (-1, 0, 1)}
    return next(code for code in ("000000", "111111", "222222", "333333") if code not in accepted)


# The GOV.UK error summary -------------------------------------------------------------


def error_summary(page: Page):
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    return summary


# Keyboard only --------------------------------------------------------------------------


def expect_visible_focus(page: Page):
    """The element with focus, checked to be on screen and visibly focused (GOV.UK yellow)."""
    focused = page.locator(":focus")
    expect(focused).to_have_count(1)
    expect(focused).to_be_visible()
    box = focused.bounding_box()
    assert box and box["width"] > 0 and box["height"] > 0
    viewport = page.viewport_size
    assert box["y"] + box["height"] > 0 and box["y"] < viewport["height"], (
        f"focus is off screen at {box}"
    )
    style = focused.evaluate(
        """el => { const s = getComputedStyle(el);
                   return [s.outlineColor, s.outlineStyle, s.backgroundColor, s.boxShadow]; }"""
    )
    outline_color, outline_style, background, shadow = style
    visible_outline = outline_style != "none" and outline_color == FOCUS_YELLOW
    assert visible_outline or background == FOCUS_YELLOW or FOCUS_YELLOW in shadow, (
        f"no visible GOV.UK focus style on {focused.evaluate('el => el.outerHTML')[:160]}: {style}"
    )
    return focused


def tab_to(
    page: Page,
    target,
    *,
    max_presses: int = 60,
    backwards: bool = False,
    check_focus_style: bool = True,
):
    """Press Tab (or Shift+Tab) until `target` has focus, at most `max_presses` times.

    Fails if the target is never reached: a control the keyboard cannot get to. Returns the
    focused element, checked to be visibly focused unless check_focus_style is False (GOV.UK
    checkboxes and radios show their focus on the label, not on the hidden input).
    """
    expect(target).to_have_count(1)
    key = "Shift+Tab" if backwards else "Tab"
    for _press in range(max_presses):
        page.keyboard.press(key)
        if target.evaluate("el => el === document.activeElement"):
            return expect_visible_focus(page) if check_focus_style else target
    outer = target.evaluate("el => el.outerHTML")[:160]
    raise AssertionError(f"{max_presses} presses of {key} never reached {outer} on {page.url}")
