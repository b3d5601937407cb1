"""A parent co-trainer reviews a course page, and chooses how courses name them."""

import re

import pytest
from playwright.sync_api import Page, expect

from courses.models import CourseCoTrainer, CoursePage, ModulePage
from courses.setup import ensure_course_workflow
from tests import factories
from tests.browser.support import (
    assert_no_axe_violations,
    error_summary,
    sign_in_through_cookie,
    tab_to,
)


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
    course = factories.course(modules=1, title="Working with families")
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


# Welsh pages go through the same review (issue 9, item 9) --------------------------------

WELSH_TITLES = {
    "course": "Gweithio gyda theuluoedd",
    1: "Gwrando yn gyntaf",
    2: "Cynllunio gyda'n gilydd",
}


def _english_course_to_translate(co_trainer):
    course = factories.course(
        modules=0, title="Working with families", slug="working-with-families"
    )
    course.co_trainers.add(CourseCoTrainer(person=co_trainer))
    course.save_revision()
    for number, title in ((1, "Listening first"), (2, "Planning together")):
        factories.module(
            course,
            title=title,
            slug=f"part-{number}",
            body=[("rich_text", f"<p>English words, part {number}.</p>")],
        )
    factories.translate_to_welsh(course.get_parent().specific)  # the Welsh catalogue
    ensure_course_workflow()
    return course


def _translate_strings(english, welsh_title, slug, body=None):
    """What the editor types in wagtail-localize's own editor (its job to test), in code."""
    fields = {"title": welsh_title, "slug": slug}
    if body is not None:
        fields["body"] = body
    return factories.translate_to_welsh(english, publish=False, **fields)


def _messages(page):
    return page.locator(".messages")


def _submit_in_the_translation_editor(page, welsh_page):
    page.goto(f"/admin/pages/{welsh_page.pk}/edit/")
    panel = page.locator(".cotrain-translation-review")
    expect(panel).to_be_visible()
    panel.get_by_role("button", name="Submit for review").click()


def _approve_on_the_dashboard(page, title):
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Approve", exact=True).click()


def test_a_welsh_course_is_translated_reviewed_by_its_co_trainer_and_goes_live_with_its_modules(
    page: Page, second_page: Page, live_server, signed_in_as
):
    co_trainer = factories.co_trainer(full_name="Rhian Pritchard", preferred_language="cy")
    course = _english_course_to_translate(co_trainer)
    english_modules = list(ModulePage.objects.child_of(course).order_by("path"))
    signed_in_as(factories.editor())

    # The editor translates the course, and its modules with it (ticked for a course).
    page.goto(f"/admin/localize/submit/page/{course.pk}/")
    page.get_by_label("Welsh").check()
    subtree = page.get_by_label("Include its modules (2 pages)")
    expect(subtree).to_be_checked()
    page.get_by_role("button", name="Submit").click()
    welsh_course = CoursePage.objects.get(
        translation_key=course.translation_key, locale__language_code="cy"
    )
    welsh_modules = list(ModulePage.objects.child_of(welsh_course).order_by("path"))
    assert len(welsh_modules) == 2 and not welsh_course.live
    assert not any(module.live for module in welsh_modules), "nothing live in English words"

    # Submitting the course with its strings still in English is refused, and says why.
    _submit_in_the_translation_editor(page, welsh_course)
    expect(_messages(page)).to_contain_text(
        re.compile(
            r"cannot be submitted for review yet: \d+ strings are still in English, in Title"
        )
    )
    assert_no_axe_violations(page, include=[".cotrain-translation-review"])

    # Translated (in wagtail-localize's editor), each page is submitted for review.
    for number, (english, welsh) in enumerate(zip(english_modules, welsh_modules, strict=True), 1):
        _translate_strings(
            english,
            WELSH_TITLES[number],
            f"rhan-{number}",
            body=[("rich_text", f"<p>Geiriau Cymraeg, rhan {number}.</p>")],
        )
        _submit_in_the_translation_editor(page, welsh)
        expect(_messages(page)).to_contain_text("has been submitted for review")
    _translate_strings(course, WELSH_TITLES["course"], "gweithio-gyda-theuluoedd")
    _submit_in_the_translation_editor(page, welsh_course)
    expect(_messages(page)).to_contain_text("has been submitted for review")
    assert_no_axe_violations(page, include=[".cotrain-translation-review"])

    # The credited co-trainer reviews each on Cotrain's own screens, in Welsh, by keyboard.
    sign_in_through_cookie(second_page, co_trainer, live_server.url)
    second_page.goto("/cy/review/")
    expect(second_page.locator("main .govuk-task-list__item")).to_have_count(3)
    assert_no_axe_violations(second_page)
    for _review in range(3):
        link = second_page.locator("main .govuk-task-list__link").first
        tab_to(second_page, link)
        second_page.keyboard.press("Enter")
        expect(second_page.locator("main .cotrain-review-draft")).to_have_attribute("lang", "cy")
        assert_no_axe_violations(second_page)
        approve = second_page.locator("input[name=decision][value=approve]")
        tab_to(second_page, approve, check_focus_style=False)
        second_page.keyboard.press("Space")
        expect(approve).to_be_checked()
        tab_to(second_page, second_page.get_by_role("button", name="Anfon eich adolygiad"))
        second_page.keyboard.press("Enter")
        expect(second_page.locator(".govuk-notification-banner--success")).to_be_visible()
    expect(second_page.get_by_text("Nid oes dim yn aros i chi ei adolygu.")).to_be_visible()
    expect(second_page.locator("main .cotrain-past-reviews li")).to_have_count(3)

    # An editor approves: the course first is refused (its modules are not live yet).
    _approve_on_the_dashboard(page, WELSH_TITLES["course"])
    expect(_messages(page)).to_contain_text("it has no live modules in Welsh")
    for number in (1, 2):
        _approve_on_the_dashboard(page, WELSH_TITLES[number])
    _approve_on_the_dashboard(page, WELSH_TITLES["course"])

    # The Welsh course is live, with its modules, for a Welsh learner.
    welsh_course.refresh_from_db()
    assert welsh_course.live
    sign_in_through_cookie(second_page, factories.learner(), live_server.url)
    second_page.goto("/cy/courses/gweithio-gyda-theuluoedd/")
    expect(second_page.locator("main h1")).to_have_text(WELSH_TITLES["course"])
    expect(second_page.locator("main .govuk-task-list__link")).to_have_text(
        [WELSH_TITLES[1], WELSH_TITLES[2]]
    )


# After a resubmission: what changed, and past reviews (issue 9, item 11) ------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_after_asking_for_changes_a_co_trainer_sees_what_changed_and_their_past_reviews(
    page: Page, signed_in_as, language
):
    co_trainer = signed_in_as(factories.co_trainer(preferred_language=language))
    editor = factories.editor()
    module = _waiting_module(co_trainer)
    first = ModulePage.objects.get(pk=module.pk).current_workflow_task_state
    first.task.specific.on_action(first, co_trainer, "reject", comment="Say it plainly.")
    draft = ModulePage.objects.get(pk=module.pk).get_latest_revision_as_object()
    text, reflection = list(draft.body)
    draft.body = [
        (
            "rich_text",
            "<p>Plainer draft words, which an editor rewrote after the parent's comment.</p>",
        ),
        (reflection.block_type, reflection.value),
    ]
    draft.body[0].id, draft.body[1].id = text.id, reflection.id
    draft.save_revision(user=editor)
    ModulePage.objects.get(pk=module.pk).current_workflow_state.resume(editor)
    prefix = "/cy" if language == "cy" else ""

    page.goto(f"{prefix}/review/")
    expect(page.locator("main .govuk-task-list__item")).to_have_count(1)
    expect(page.locator("main .cotrain-past-reviews li")).to_have_count(1)
    assert_no_axe_violations(page)
    tab_to(page, page.locator("main .govuk-task-list__link"))
    page.keyboard.press("Enter")
    changes = page.locator("main .cotrain-changes")
    expect(changes.locator(".cotrain-change h3")).to_have_count(1)
    expect(changes.locator("del").first).to_contain_text("Better")
    expect(changes.locator("ins").first).to_contain_text("Plainer")
    expect(page.locator("main .cotrain-earlier-reviews")).to_contain_text("Say it plainly.")
    assert_no_axe_violations(page)

    approve = page.locator("input[name=decision][value=approve]")
    tab_to(page, approve, check_focus_style=False)
    page.keyboard.press("Space")
    tab_to(page, page.locator("main form button[type=submit]"))
    page.keyboard.press("Enter")
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    expect(page.locator("main .cotrain-past-reviews li")).to_have_count(2)
    assert_no_axe_violations(page)

    # Nothing is wider than a 320 pixel screen, the comparison included.
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(f"{prefix}/review/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
