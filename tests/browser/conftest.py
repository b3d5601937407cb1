"""Browser tests: Playwright (sync API) driving the Debian Chromium, headless.

One browser per test process (so one per xdist worker), one fresh context per test.
Without Chromium the tests are skipped, unless REQUIRE_BROWSER=1 (as in CI), when they fail.
CHROMIUM_PATH points at another Chromium (default /usr/bin/chromium). Never run
`playwright install`: the tests use the system browser.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.support import CHROMIUM, CHROMIUM_ARGS

# Playwright's sync API runs an event loop in this thread; Django would otherwise refuse
# the ORM calls the tests make to arrange data and check results.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

DEFAULT_TIMEOUT_MS = 10_000
# The machine may be busy (two xdist workers, each with a server and a browser): be patient.
expect.set_options(timeout=DEFAULT_TIMEOUT_MS)

HERE = Path(__file__).resolve().parent
REQUIRE_BROWSER = os.environ.get("REQUIRE_BROWSER") == "1"


def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `browser`, and skip them all if there is no Chromium."""
    missing = not CHROMIUM.exists()
    for item in items:
        if HERE not in Path(item.path).resolve().parents:
            continue
        item.add_marker(pytest.mark.browser)
        if missing and not REQUIRE_BROWSER:
            item.add_marker(
                pytest.mark.skip(
                    reason=f"browser tests need Chromium at {CHROMIUM} (set REQUIRE_BROWSER=1 "
                    "to make its absence a failure)"
                )
            )


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"REQUIRE_BROWSER=1 but there is no Chromium at {CHROMIUM}. Install the Debian "
            "'chromium' package (never `playwright install`).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class PageProblems(list):
    """Uncaught JavaScript errors and Content Security Policy violations seen by a page."""

    def watch(self, page):
        page.on("pageerror", lambda error: self.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self._console(page, message))

    def _console(self, page, message):
        if message.type == "error" and "Content Security Policy" in message.text:
            self.append(f"{page.url}: {message.text}")

    def outside_the_wagtail_admin(self):
        # The admin's own policy is checked by its own test in test_sign_in.
        return [problem for problem in self if "/admin/" not in problem.split(": ")[0]]


def _open_page(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="en-GB")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    page.problems = PageProblems()
    page.problems.watch(page)
    return page


def _close_page(page):
    page.context.close()
    problems = page.problems.outside_the_wagtail_admin()
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture
def page(browser, live_server):
    """A page in a fresh browser context, with relative URLs going to the live server.

    Uncaught JavaScript errors (the GOV.UK components are broken) and Content Security
    Policy violations (something the policy blocks, so it does not work) fail the test.
    """
    page = _open_page(browser, live_server.url)
    yield page
    _close_page(page)


@pytest.fixture
def second_page(browser, live_server):
    """A page in another fresh context: a second person at another computer."""
    page = _open_page(browser, live_server.url)
    yield page
    _close_page(page)


@pytest.fixture
def signed_in_as(page, live_server):
    """signed_in_as(user) starts the page's browser signed in, second factor passed."""
    from tests.browser.support import sign_in_through_cookie

    def _sign_in(user):
        sign_in_through_cookie(page, user, live_server.url)
        return user

    return _sign_in


@pytest.fixture
def emails_link_to_live_server(settings, live_server):
    """Emailed links (built from SITE_URL) point at the live server, not port 8000."""
    settings.SITE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return live_server.url
