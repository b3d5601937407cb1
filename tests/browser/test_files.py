"""Uploaded files in the browser: a private module's image shows to the learners who may see
the module, and its address is "Page not found" for everyone else."""

from playwright.sync_api import Page, expect

from tests import factories
from tests.browser.support import assert_no_axe_violations, sign_in_through_cookie
from training.core.page_builder import make_private
from training.people.roles import CO_TRAINERS_GROUP


def test_a_private_modules_image_shows_only_to_learners_who_may_see_the_module(
    page: Page, second_page: Page, live_server
):
    course = factories.course(modules=0, title="Sharing your story", slug="sharing-your-story")
    module = factories.module(
        course,
        title="Planning what to say",
        slug="planning",
        body=[
            ("rich_text", "<p>How parents plan the story they tell.</p>"),
            (
                "image",
                {
                    "image": factories.image("A planning sheet"),
                    "alt_text": "A sheet with three boxes: before, during and after",
                    "caption": "A planning sheet",
                },
            ),
        ],
    )
    make_private(course, CO_TRAINERS_GROUP)

    sign_in_through_cookie(page, factories.co_trainer(), live_server.url)
    assert page.goto(module.url).status == 200
    image = page.locator("main figure img")
    expect(image).to_have_attribute("alt", "A sheet with three boxes: before, during and after")
    address = image.get_attribute("src")
    assert address.startswith("/files/media/images/"), address
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    assert page.request.get(address).headers["content-type"] == "image/png"
    assert_no_axe_violations(page)

    sign_in_through_cookie(second_page, factories.learner(), live_server.url)
    response = second_page.goto(address)
    assert response.status == 404, f"{address} answered {response.status}"
    expect(second_page.locator("h1")).to_have_text("Page not found")
    assert_no_axe_violations(second_page)
    assert second_page.goto(module.url).status == 404
