"""A parent co-trainer reviews a course page, and chooses how courses name them."""

import re

from playwright.sync_api import Page, expect

from courses.models import CourseCoTrainer, ModulePage
from courses.setup import ensure_course_workflow
from tests import factories
from tests.browser.support import assert_no_axe_violations, error_summary, tab_to


def _waiting_module(co_trainer):
    editor = factories.editor()
    course = factories.course(modules=0, title="Working with families")
    CourseCoTrainer.objects.create(page=course, person=co_trainer)
    module = factories.module(
        course, title="Listening first", body=[("rich_text", "<p>Draft words.</p>")]
    )
    module.body = [("rich_text", "<p>Better draft words.</p>"), factories.reflection()]
    module.save_revision(user=editor)
    ensure_course_workflow()
    module.get_workflow().start(module, editor)
    return module


def test_a_co_trainer_asks_for_changes_then_approves_by_keyboard(page: Page, signed_in_as):
    co_trainer = signed_in_as(factories.co_trainer())
    module = _waiting_module(co_trainer)
    page.goto("/my-stories/")
    tab_to(page, page.get_by_role("link", name="Courses to review"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Courses to review")
    assert_no_axe_violations(page)
    tab_to(page, page.get_by_role("link", name="Listening first"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("Better draft words.")).to_be_visible()

    # Asking for changes without saying what is an error, with nothing lost.
    approve = page.get_by_label("Approve it: it is ready for an editor to publish")
    tab_to(page, approve, check_focus_style=False)
    page.keyboard.press("ArrowDown")  # arrow keys move within a group of radios
    tab_to(page, page.get_by_role("button", name="Send your review"))
    page.keyboard.press("Enter")
    error_summary(page)
    expect(page).to_have_title(re.compile("^Error:"))
    expect(page.get_by_label("Ask for changes")).to_be_checked()
    assert_no_axe_violations(page)

    tab_to(page, page.get_by_label("Ask for changes"), check_focus_style=False)
    page.keyboard.press("ArrowUp")
    expect(approve).to_be_checked()
    tab_to(page, page.get_by_label("Comments for the editor"))
    page.keyboard.type("It says what we meant.")
    tab_to(page, page.get_by_role("button", name="Send your review"))
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("You approved")
    expect(page.get_by_text("Nothing is waiting for your review.")).to_be_visible()
    module = ModulePage.objects.get(pk=module.pk)
    assert module.current_workflow_task.name == "Editor approval"


def test_a_co_trainer_chooses_to_be_named_by_first_name(page: Page, signed_in_as):
    co_trainer = signed_in_as(factories.co_trainer(full_name="Rhian Pritchard"))
    course = factories.course(modules=0, title="Working with families")
    CourseCoTrainer.objects.create(page=course, person=co_trainer)
    page.goto("/my-stories/")
    page.get_by_role("link", name="How courses name you").click()
    assert_no_axe_violations(page)
    page.get_by_label("By another name I choose").check()
    page.get_by_role("button", name="Save").click()
    error_summary(page)
    assert_no_axe_violations(page)
    page.get_by_label("By my first name").check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Rhian")
    page.goto(course.url)
    facts = page.locator(".cotrain-course-facts")
    expect(facts).to_contain_text("Rhian")
    expect(facts).not_to_contain_text("Pritchard")
