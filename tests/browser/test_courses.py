"""Taking a course in the browser: keyboard only, in English and Welsh, with accessibility checks.

The journeys use only the keyboard (Tab, Shift+Tab, Enter, Space and typing), the way
someone who cannot use a mouse would. Welsh pages are found by structure, ids and roles
(or by either language's words), because their interface strings may still be in English
while they are being translated.
"""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Page, expect
from wagtail.models import PageViewRestriction

from courses import progress
from courses.models import CourseCompletion, Enrolment, Reflection
from tests import factories
from tests.browser.support import (
    FOCUS_YELLOW,
    assert_no_axe_violations,
    error_summary,
    expect_visible_focus,
    sign_in_through_cookie,
    tab_to,
)
from training.people.models import JobRole
from training.people.roles import CO_TRAINERS_GROUP

# Either language, for interface strings that may not be translated yet.
START = re.compile(r"^\s*(Start this course|Dechrau'r cwrs hwn)\s*$")
COMPLETE = re.compile(
    r"^\s*(Mark as complete and continue|Nodi ei fod wedi'i gwblhau a pharhau)\s*$"
)
COURSE_COMPLETED = re.compile(r"(Course completed|Cwrs wedi'i gwblhau)")
SAVE = re.compile(
    r"^\s*(Save your reflection|Cadw eich myfyrdod): .+\?\s*$"
)  # the question follows, for screen readers
SHOW_COURSES = re.compile(r"^\s*(Show courses|Dangos cyrsiau)\s*$")


def progress_text(done, total=3):
    """“1 of 3 modules completed”, or the Welsh “Wedi cwblhau 1 o 3 modiwl”."""
    return re.compile(rf"\b{done} (of|o) {total}\b")


# Arranging courses ----------------------------------------------------------------------

MODULE_TITLES = ["Before the meeting", "In the room", "Afterwards"]
WELSH_MODULE_TITLES = ["Cyn y cyfarfod", "Yn yr ystafell", "Wedyn"]


def partnership_course(*, reflections=(1, 3)):
    """A 3-module course for social workers; the modules numbered in `reflections` ask one."""
    course = factories.course(
        modules=0,
        title="Working in partnership with parent carers",
        slug="working-in-partnership",
        summary="How to plan meetings with families so that parents are heard.",
        audiences=[JobRole.SOCIAL_WORKER],
    )
    modules = []
    for number, title in enumerate(MODULE_TITLES, start=1):
        body = [("heading", f"Part {number}"), ("rich_text", f"<p>Learning for part {number}.</p>")]
        if number in reflections:
            body.append(factories.reflection(f"What will you do differently in part {number}?"))
        modules.append(factories.module(course, title=title, slug=f"part-{number}", body=body))
    return course, modules


def other_course():
    """A second course in the catalogue, which searches for “partnership” must not find."""
    return factories.course(
        modules=1,
        title="Understanding education, health and care plans",
        slug="understanding-plans",
        summary="What a plan is, and who writes it.",
    )


def translate_partnership_course(course, modules, *, reflections=(1, 3)):
    """Publish the Welsh translation of partnership_course (and the catalogue above it)."""
    welsh_course = factories.translate_to_welsh(
        course,
        title="Gweithio mewn partneriaeth â rhieni-ofalwyr",
        slug="gweithio-mewn-partneriaeth",
        summary="Sut i gynllunio cyfarfodydd gyda theuluoedd fel bod rhieni'n cael eu clywed.",
        learning_outcomes=[("outcome", "Esbonio rhywbeth defnyddiol")],
    )
    welsh_modules = []
    for number, (module, title) in enumerate(zip(modules, WELSH_MODULE_TITLES, strict=True), 1):
        body = [
            ("heading", f"Rhan {number}"),
            ("rich_text", f"<p>Dysgu ar gyfer rhan {number}.</p>"),
        ]
        if number in reflections:
            body.append(
                factories.reflection(f"Beth fyddwch chi'n ei wneud yn wahanol yn rhan {number}?")
            )
        welsh_modules.append(
            factories.translate_to_welsh(module, title=title, slug=f"rhan-{number}", body=body)
        )
    return welsh_course, welsh_modules


WELSH_STRINGS = {
    "A section": "Adran",
    "<p>Some text with <b>bold</b> words.</p><ul><li>One</li><li>Two</li></ul>": (
        "<p>Peth testun gyda geiriau <b>trwm</b>.</p><ul><li>Un</li><li>Dau</li></ul>"
    ),
    "Key points": "Pwyntiau allweddol",
    "First point": "Y pwynt cyntaf",
    "Second point": "Yr ail bwynt",
    "A ladder with eight rungs": "Ysgol ag wyth ffon",
    "The ladder": "Yr ysgol",
    "A film": "Ffilm",
    "A story": "Stori",
    "<p>Words.</p>": "<p>Geiriau.</p>",
    "A one-page handout": "Taflen un dudalen",
    "A case": "Achos",
    "What happened.": "Beth ddigwyddodd.",
    "<p>More.</p>": "<p>Mwy.</p>",
    "A composite.": "Cyfansawdd.",
    "What will you do differently?": "Beth fyddwch chi'n ei wneud yn wahanol?",
}


def in_welsh(value):
    """The same module body with its words in Welsh (images, documents and media kept)."""
    if isinstance(value, str):
        return WELSH_STRINGS.get(value, value)
    if isinstance(value, tuple):
        return tuple(in_welsh(item) for item in value)
    if isinstance(value, list):
        return [in_welsh(item) for item in value]
    if isinstance(value, dict):
        return {key: in_welsh(item) for key, item in value.items()}
    return value


def every_block_course():
    """A one-module course whose module has every kind of block."""
    body = factories.every_block_body()
    course = factories.course(
        modules=0, title="Every kind of block", slug="every-block", summary="All the blocks."
    )
    module = factories.module(course, title="All the blocks", slug="all-the-blocks", body=body)
    return course, module, body


def private_course():
    course = factories.course(
        modules=1,
        title="Confidential co-trainer handbook",
        slug="co-trainer-handbook",
        summary="For parent co-trainers only.",
    )
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0]])
    return course


def social_worker(**kwargs):
    return factories.MembershipFactory(
        job_role=JobRole.SOCIAL_WORKER, user=factories.UserFactory(**kwargs)
    ).user


# Finding things on the page -------------------------------------------------------------


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def nav_link(page: Page, path_end: str):
    """A header navigation link, found by where it goes (its words may be Welsh)."""
    return page.locator(f".govuk-service-navigation__list a[href$='{path_end}']")


def reflection_box(page: Page, nth=0):
    return page.locator("textarea[form='module-form']").nth(nth)


def complete_button(page: Page):
    return page.locator("#module-form button[name=action][value=complete]")


def progress_paragraph(page: Page):
    return page.locator("main .cotrain-progress p")


def completed_panel(page: Page):
    return page.locator("main .govuk-panel--confirmation")


def completed_list(page: Page):
    """My learning's list of completed courses (in-progress courses are not in a list)."""
    return page.locator("main h2 + ul.govuk-list")


def press(page: Page, key: str):
    page.keyboard.press(key)


# 1 and 2: the keyboard-only journey -----------------------------------------------------


def _find_the_course_and_start_it(page: Page, *, search_word: str, title: str):
    """From My learning: the header link, the search box, the result, Start this course."""
    tab_to(page, nav_link(page, "/find-a-course/"))
    press(page, "Enter")
    expect(page).to_have_url(re.compile(r"/courses/(\?.*)?$"))

    tab_to(page, page.locator("main input[name=q]"))
    page.keyboard.type(search_word)
    tab_to(page, page.locator("main form[role=search] button[type=submit]"))
    expect(page.locator(":focus")).to_have_text(SHOW_COURSES)
    press(page, "Space")
    expect(page).to_have_url(re.compile(rf"[?&]q={search_word}"))
    results = page.locator("main .cotrain-results")
    expect(results.get_by_role("link")).to_have_count(1)

    tab_to(page, results.get_by_role("link", name=title, exact=True))
    press(page, "Enter")
    expect(heading(page)).to_have_text(title)
    expect(page.locator("main .govuk-task-list__item")).to_have_count(3)
    expect(page.locator("main .govuk-task-list .govuk-tag--grey")).to_have_count(3)

    tab_to(page, page.locator("main").get_by_role("button", name=START))
    press(page, "Enter")


def _back_to_the_course_and_continue(page: Page, course_title: str, next_title: str):
    """Mid-course: the breadcrumb to the course page, its progress, then Continue the course."""
    tab_to(page, page.locator(".govuk-breadcrumbs a").last)
    press(page, "Enter")
    expect(heading(page)).to_have_text(course_title)
    expect(progress_paragraph(page)).to_have_text(progress_text(1))
    expect(page.locator("main progress")).to_have_attribute("value", "33")
    statuses = page.locator("main .govuk-task-list__status .govuk-tag")
    expect(statuses).to_have_count(3)
    # Done, opened (the page after completing the first), and not yet opened.
    for number, colour in enumerate(["green", "light-blue", "grey"]):
        expect(statuses.nth(number)).to_have_class(re.compile(rf"govuk-tag--{colour}\b"))
    # A link styled as a button: GOV.UK Frontend makes Space follow it, as for a button.
    tab_to(page, page.locator("main a.govuk-button--start[role=button]"))
    press(page, "Space")
    expect(heading(page)).to_have_text(next_title)


def _save_the_reflection(page: Page, box, text: str):
    """Save your reflection (the button after the box), before completing the module."""
    tab_to(page, box.locator("xpath=following-sibling::button[1]"))
    expect(page.locator(":focus")).to_have_text(SAVE)
    press(page, "Enter")
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    expect(page).to_have_url(re.compile(r"#reflection-[0-9a-f-]+$"))
    expect(reflection_box(page)).to_have_value(text)


def _work_through_the_modules(page: Page, course_title, module_titles, reflections, answers):
    """Each module: type any reflection, then Mark as complete and continue (keyboard only).

    After the first, a visit to the course page and back; in the last, the reflection is
    saved first with its own button.
    """
    for number, module_title in enumerate(module_titles, start=1):
        expect(heading(page)).to_have_text(module_title)
        expect(progress_paragraph(page)).to_have_text(progress_text(number - 1))
        if number in reflections:
            box = tab_to(page, reflection_box(page))
            page.keyboard.type(answers[number])
            expect(box).to_have_value(answers[number])
            if number == len(module_titles):
                _save_the_reflection(page, reflection_box(page), answers[number])
        tab_to(page, complete_button(page))
        expect(page.locator(":focus")).to_have_text(COMPLETE)
        # Enter and Space both press a button: use each.
        press(page, "Enter" if number % 2 else "Space")
        if number < len(module_titles):
            expect(heading(page)).to_have_text(module_titles[number])
            expect(progress_paragraph(page)).to_have_text(progress_text(number))
        if number == 1:
            _back_to_the_course_and_continue(page, course_title, module_titles[1])


def test_keyboard_only_a_learner_finds_takes_and_completes_a_course(page: Page, signed_in_as):
    course, modules = partnership_course()
    other_course()
    learner = signed_in_as(social_worker(full_name="Ceri Jones"))

    page.goto("/my-learning/")
    expect(heading(page)).to_have_text("My learning")
    _find_the_course_and_start_it(page, search_word="partnership", title=course.title)

    # Starting the course opens its first module.
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "You have started the course."
    )
    answers = {1: "I will ask the parent what they want from the meeting.", 3: "Send notes."}
    _work_through_the_modules(page, course.title, MODULE_TITLES, (1, 3), answers)

    # The last module done: back on the course page, completed.
    expect(heading(page)).to_have_text(course.title)
    expect(completed_panel(page)).to_be_visible()
    expect(completed_panel(page).get_by_role("heading")).to_have_text("Course completed")
    expect(progress_paragraph(page)).to_have_text("Course completed")
    expect(page.locator("main progress")).to_have_attribute("value", "100")
    expect(page.locator("main .govuk-task-list .govuk-tag--green")).to_have_count(3)
    expect(page.locator("main").get_by_role("link", name="Continue the course")).to_have_count(0)

    tab_to(page, nav_link(page, "/my-learning/"))
    press(page, "Enter")
    expect(heading(page)).to_have_text("My learning")
    expect(completed_list(page).get_by_role("link", name=course.title)).to_be_visible()
    expect(page.get_by_text("You have no courses in progress.")).to_be_visible()

    assert (
        CourseCompletion.objects.filter(user=learner, course_key=course.translation_key).count()
        == 1
    )
    assert sorted(Reflection.objects.filter(user=learner).values_list("text", flat=True)) == sorted(
        answers.values()
    )


def test_keyboard_only_a_learner_completes_a_course_in_welsh_and_it_is_complete_in_english(
    page: Page, signed_in_as
):
    course, modules = partnership_course()
    welsh_course, welsh_modules = translate_partnership_course(course, modules)
    signed_in_as(social_worker())

    page.goto("/my-learning/")
    expect(heading(page)).to_have_text("My learning")
    # The language switcher in the header, by keyboard.
    # (Found by class: its label is Welsh on Welsh pages.)
    switcher = page.locator("nav.govuk-language-navigation")
    expect(page.get_by_role("navigation", name="Language")).to_be_visible()
    tab_to(page, switcher.get_by_role("link", name="Cymraeg"))
    press(page, "Enter")
    expect(page).to_have_url(re.compile(r"/cy/my-learning/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")

    _find_the_course_and_start_it(page, search_word="partneriaeth", title=welsh_course.title)
    expect(page).to_have_url(re.compile(r"^[^?]*/cy/courses/gweithio-mewn-partneriaeth/rhan-1/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")

    answers = {1: "Gofyn i'r rhiant beth maen nhw eisiau.", 3: "Anfon nodiadau."}
    _work_through_the_modules(page, welsh_course.title, WELSH_MODULE_TITLES, (1, 3), answers)

    expect(heading(page)).to_have_text(welsh_course.title)
    expect(page).to_have_url(re.compile(r"/cy/courses/gweithio-mewn-partneriaeth/$"))
    expect(completed_panel(page)).to_be_visible()
    expect(completed_panel(page)).to_contain_text(COURSE_COMPLETED)

    # Progress belongs to the course, not the language: the English page says completed too.
    tab_to(page, switcher.get_by_role("link", name="English"))
    press(page, "Enter")
    expect(page).to_have_url(re.compile(r"/courses/working-in-partnership/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(heading(page)).to_have_text(course.title)
    expect(completed_panel(page)).to_contain_text("Course completed")
    expect(page.locator("main .govuk-task-list .govuk-tag--green")).to_have_count(3)

    page.goto("/my-learning/")
    expect(completed_list(page).get_by_role("link", name=course.title)).to_be_visible()
    # The reflection written in Welsh is there in the English module, which is completed.
    page.goto(modules[0].url)
    expect(reflection_box(page)).to_have_value(answers[1])
    expect(page.locator("#module-form .govuk-tag--green")).to_be_visible()
    expect(complete_button(page)).to_have_count(0)


# 3: a reflection left unanswered --------------------------------------------------------


def test_completing_a_module_with_an_unanswered_reflection_shows_the_error(
    page: Page, signed_in_as
):
    course = factories.course(modules=0, title="Reflective practice", slug="reflective")
    first_prompt, second_prompt = "What went well?", "What would you change?"
    module = factories.module(
        course,
        title="Looking back",
        body=[
            ("rich_text", "<p>Think about a recent meeting.</p>"),
            factories.reflection(first_prompt),
            factories.reflection(second_prompt),
        ],
    )
    last = factories.module(course, title="Looking forward")
    learner = signed_in_as(social_worker())
    progress.enrol(learner, course)

    page.goto(module.url)
    expect(page).to_have_title(re.compile(r"^Looking back"))
    first, second = reflection_box(page, 0), reflection_box(page, 1)
    tab_to(page, first)
    page.keyboard.type("The parent led the meeting.")
    tab_to(page, complete_button(page))
    press(page, "Enter")

    summary = error_summary(page)
    title_with_errors = page.title()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    expect(summary).to_be_focused()
    link = summary.get_by_role("link")
    expect(link).to_have_count(1)
    expect(link).to_have_text(
        f"Answer the reflection question “{second_prompt}” before you complete this module."
    )
    second_id = second.get_attribute("id")
    expect(link).to_have_attribute("href", f"#{second_id}")
    # What was typed is kept, and the unanswered box says what is wrong.
    expect(first).to_have_value("The parent led the meeting.")
    expect(second).to_have_value("")
    expect(page.locator(f"#{second_id}-error")).to_contain_text("Answer the reflection question")
    expect(second).to_have_attribute("aria-describedby", re.compile(rf"\b{second_id}-error\b"))
    expect(first).not_to_have_class(re.compile("govuk-textarea--error"))

    tab_to(page, link)
    press(page, "Enter")
    expect(second).to_be_focused()
    expect_visible_focus(page)
    page.keyboard.type("Send the notes sooner.")
    tab_to(page, complete_button(page))
    press(page, "Enter")
    expect(heading(page)).to_have_text(last.title)
    assert Reflection.objects.filter(user=learner).count() == 2

    # Last, so that the checks above run whatever happens: the title said there was an error.
    assert title_with_errors.startswith("Error:"), (
        f"the module page with errors is titled {title_with_errors!r}, not “Error: …”"
    )


# 4: accessibility of every courses page, in English and in Welsh ------------------------


def _scan(page: Page, path: str, expected_heading, *, lang: str):
    response = page.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    _check(page, expected_heading, lang=lang)


def _check(page: Page, expected_heading, *, lang: str):
    expect(page.locator("html")).to_have_attribute("lang", lang)
    if expected_heading is not None:
        expect(heading(page)).to_have_text(expected_heading)
    assert_no_axe_violations(page)


def _welsh_course(course, title, slug, module_title=None):
    """Publish a Welsh translation of a simple factories.course and of its modules."""
    welsh = factories.translate_to_welsh(
        course,
        title=title,
        slug=slug,
        summary="Am beth mae'r cwrs hwn.",
        learning_outcomes=[("outcome", "Esbonio rhywbeth defnyddiol")],
    )
    for number, module in enumerate(course.get_children().specific(), start=1):
        factories.translate_to_welsh(
            module,
            title=f"{module_title or title}: modiwl {number}",
            slug=f"{slug}-{number}",
            body=[("rich_text", "<p>Peth dysgu.</p>")],
        )
    return welsh


def _arrange_the_sweep(learner, *, welsh: bool):
    """Courses in each state: one not started (every block), one in progress, one completed."""
    blocks_course, blocks_module, body = every_block_course()
    in_progress = factories.course(
        modules=2, title="Half way", slug="half-way", audiences=[JobRole.HEALTH]
    )
    completed = factories.course(modules=1, title="All done", slug="all-done")
    # Progress made on the English pages: it belongs to the course, in every language.
    progress.enrol(learner, in_progress)
    first_module = in_progress.get_children().specific().first()
    enrolment = progress.enrolment_for(learner, in_progress)
    progress.open_module(learner, first_module, in_progress, enrolment)
    progress.complete_module(learner, first_module)
    progress.enrol(learner, completed)
    progress.complete_module(learner, completed.get_children().specific().first())
    if not welsh:
        return blocks_course, blocks_module, in_progress, completed
    return (
        factories.translate_to_welsh(
            blocks_course,
            title="Pob math o floc",
            slug="pob-math-o-floc",
            summary="Yr holl flociau.",
            learning_outcomes=[("outcome", "Esbonio rhywbeth defnyddiol")],
        ),
        factories.translate_to_welsh(
            blocks_module, title="Yr holl flociau", slug="yr-holl-flociau", body=in_welsh(body)
        ),
        _welsh_course(in_progress, "Hanner ffordd", "hanner-ffordd"),
        _welsh_course(completed, "Wedi gorffen", "wedi-gorffen"),
    )


EVERY_BLOCK = [
    "h2.govuk-heading-m",
    ".cotrain-prose",
    ".cotrain-key-points",
    "figure img",
    "video",
    "audio",
    ".cotrain-resource a",
    ".cotrain-case-study",
    "textarea",
]
MY_LEARNING = re.compile("^(My learning|Fy nysgu)$")
TO_REVIEW = re.compile("^(Courses to review|Cyrsiau i'w hadolygu)$")


def _start_the_sweep(page: Page, live_server, language: str):
    """A signed-in social worker, and the catalogue in the language (translated if Welsh)."""
    learner = social_worker()
    sign_in_through_cookie(page, learner, live_server.url)
    catalogue_page = factories.catalogue()
    if language == "cy":
        catalogue_page = factories.translate_to_welsh(catalogue_page)
    return learner, catalogue_page


@pytest.mark.parametrize("language", ["en", "cy"])
def test_catalogue_and_course_pages_have_no_accessibility_violations(
    page: Page, live_server, language
):
    learner, catalogue_page = _start_the_sweep(page, live_server, language)
    welsh = language == "cy"
    blocks_course, _module, in_progress, completed = _arrange_the_sweep(learner, welsh=welsh)

    # The catalogue: at first, the courses for the learner's job (social worker) and for all.
    catalogue, title = catalogue_page.url, catalogue_page.title
    _scan(page, catalogue, title, lang=language)
    expect(page.locator("main .cotrain-course-card")).to_have_count(2)
    expect(page.locator("main input[name=role]:checked")).to_have_count(1)
    expect(page.locator(f"main input[name=role][value={JobRole.SOCIAL_WORKER}]")).to_be_checked()
    _scan(page, f"{catalogue}?filtered=1", title, lang=language)
    expect(page.locator("main .cotrain-course-card")).to_have_count(3)
    expect(page.locator("main .cotrain-course-card .govuk-tag")).to_have_count(2)
    _scan(page, f"{catalogue}?filtered=1&role={JobRole.HEALTH}", title, lang=language)
    expect(page.locator("main").get_by_role("link", name=in_progress.title)).to_be_visible()
    word = "flociau" if welsh else "blocks"
    _scan(page, f"{catalogue}?filtered=1&q={word}", title, lang=language)
    expect(page.locator("main .cotrain-results__item").first).to_be_visible()
    _scan(page, f"{catalogue}?filtered=1&q=zzyzx", title, lang=language)
    expect(page.locator("main .cotrain-results__item")).to_have_count(0)

    # Course pages not started, in progress and completed.
    _scan(page, blocks_course.url, blocks_course.title, lang=language)
    expect(page.locator("main").get_by_role("button", name=START)).to_be_visible()
    _scan(page, in_progress.url, in_progress.title, lang=language)
    expect(progress_paragraph(page)).to_have_text(progress_text(1, 2))
    expect(page.locator("main a.govuk-button--start")).to_be_visible()  # Continue the course
    _scan(page, completed.url, completed.title, lang=language)
    expect(completed_panel(page)).to_be_visible()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_module_my_learning_and_review_pages_have_no_accessibility_violations(
    page: Page, second_page: Page, live_server, language
):
    learner, _catalogue = _start_the_sweep(page, live_server, language)
    prefix = "/cy" if language == "cy" else ""

    # My learning before anything is started: both of its empty states.
    _scan(page, f"{prefix}/my-learning/", MY_LEARNING, lang=language)
    expect(page.locator("main .cotrain-course-card")).to_have_count(0)

    _course, module, in_progress, _completed = _arrange_the_sweep(learner, welsh=language == "cy")
    # The module with every block, before the course is started: the reflection is shut.
    _scan(page, module.url, module.title, lang=language)
    expect(page.locator("main .govuk-warning-text")).to_be_visible()
    expect(page.locator("main textarea")).to_be_disabled()

    # Started: every block, then the error state.
    progress.enrol(learner, module.course)
    _scan(page, module.url, module.title, lang=language)
    for selector in EVERY_BLOCK:
        expect(page.locator("main .cotrain-module-body").locator(selector).first).to_be_visible()
    expect(reflection_box(page)).to_be_enabled()
    complete_button(page).press("Enter")
    error_summary(page)
    expect(page).to_have_title(re.compile(r"^(Error|Gwall):"))
    _check(page, module.title, lang=language)

    # My learning with courses in progress and completed.
    _scan(page, f"{prefix}/my-learning/", MY_LEARNING, lang=language)
    expect(page.locator("main div.cotrain-course-card")).to_have_count(2)
    expect(completed_list(page).locator("li")).to_have_count(1)

    # A parent co-trainer's courses to review: none, then one waiting.
    sign_in_through_cookie(second_page, factories.co_trainer(), live_server.url)
    _scan(second_page, f"{prefix}/review/", TO_REVIEW, lang=language)
    editor = factories.editor()
    draft = in_progress
    draft.title += " (draft)"
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)
    _scan(second_page, f"{prefix}/review/", TO_REVIEW, lang=language)
    expect(second_page.locator("main .govuk-task-list__item")).to_have_count(1)


# 5: reflow at 320 pixels wide -----------------------------------------------------------


def test_courses_pages_reflow_at_320_pixels_wide(page: Page, signed_in_as):
    """WCAG 1.4.10: no sideways scrolling on a 320 px wide screen, in English and Welsh."""
    learner = signed_in_as(social_worker())
    blocks_course, blocks_module, in_progress, completed = _arrange_the_sweep(learner, welsh=False)
    progress.enrol(learner, blocks_course)
    welsh_module = factories.translate_to_welsh(
        blocks_module, title="Yr holl flociau", slug="yr-holl-flociau"
    )
    page.set_viewport_size({"width": 320, "height": 700})
    for path in [
        "/courses/?filtered=1",
        "/courses/?filtered=1&q=blocks",
        blocks_course.url,
        in_progress.url,
        completed.url,
        blocks_module.url,
        "/my-learning/",
        "/cy/courses/?filtered=1",
        welsh_module.get_parent().url,
        welsh_module.url,
        "/cy/my-learning/",
    ]:
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        expect(heading(page)).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at a 320 px viewport"


# 6: private courses ---------------------------------------------------------------------


def test_a_private_course_is_hidden_from_learners_and_shown_to_co_trainers(
    page: Page, second_page: Page, live_server
):
    other_course()
    private = private_course()
    private_module = private.get_children().first()
    sign_in_through_cookie(page, social_worker(), live_server.url)

    page.goto("/courses/?filtered=1")
    expect(page.locator("main .cotrain-course-card")).to_have_count(1)
    expect(page.locator("main")).not_to_contain_text("Confidential")
    for word in ["Confidential", "handbook", "module"]:
        page.goto(f"/courses/?filtered=1&q={word}")
        expect(page.locator("main h2").first).to_have_text(
            re.compile(rf"^\d+ results? for “{word}”$")
        )
        # (The search box and the heading repeat the words searched for: look at results.)
        results = page.locator("main .cotrain-results__item")
        expect(results.filter(has_text="Confidential")).to_have_count(0)
        expect(results.filter(has_text="handbook")).to_have_count(0)
    # Searching "module" finds the public course's module, so the search did run.
    expect(page.locator("main .cotrain-results__item")).to_have_count(1)
    for url in [private.url, private_module.url]:
        response = page.goto(url)
        assert response.status == 404, f"{url} answered {response.status}"
        expect(heading(page)).to_have_text("Page not found")
    # Nor may they start it by posting the form (with a good CSRF token, from the header).
    token = page.locator("input[name=csrfmiddlewaretoken]").first.input_value()
    response = page.request.post(private.url, form={"csrfmiddlewaretoken": token})
    assert response.status == 404, f"starting a private course answered {response.status}"
    assert not Enrolment.objects.filter(course_key=private.translation_key).exists()

    sign_in_through_cookie(second_page, factories.co_trainer(), live_server.url)
    second_page.goto("/courses/?filtered=1")
    expect(
        second_page.locator("main").get_by_role("link", name=private.title, exact=True)
    ).to_be_visible()
    second_page.goto("/courses/?filtered=1&q=Confidential")
    expect(
        second_page.locator("main .cotrain-results").get_by_role(
            "link", name=private.title, exact=True
        )
    ).to_be_visible()
    response = second_page.goto(private.url)
    assert response.status == 200
    expect(heading(second_page)).to_have_text(private.title)
    response = second_page.goto(private_module.url)
    assert response.status == 200


# More: the job-role filter, and problems found while writing these tests ---------------


def test_keyboard_only_the_job_role_checkboxes_filter_the_catalogue(page: Page, signed_in_as):
    factories.course(modules=1, title="For health staff", audiences=[JobRole.HEALTH])
    factories.course(modules=1, title="For social workers", audiences=[JobRole.SOCIAL_WORKER])
    signed_in_as(social_worker())
    page.goto("/find-a-course/")
    cards = page.locator("main .cotrain-course-card h3")
    expect(cards).to_have_text(["For social workers"])

    social, health = (
        page.locator(f"main input[name=role][value={role}]")
        for role in (JobRole.SOCIAL_WORKER, JobRole.HEALTH)
    )
    expect(social).to_be_checked()
    tab_to(page, social, check_focus_style=False)
    expect_checkbox_focus(page, social)
    press(page, "Space")
    expect(social).not_to_be_checked()
    tab_to(page, health, check_focus_style=False)
    expect_checkbox_focus(page, health)
    press(page, "Space")
    expect(health).to_be_checked()
    tab_to(page, page.locator("main form[role=search] button[type=submit]"))
    press(page, "Enter")
    expect(cards).to_have_text(["For health staff"])
    expect(health).to_be_checked()
    expect(social).not_to_be_checked()


def expect_checkbox_focus(page: Page, checkbox):
    """A GOV.UK checkbox shows its focus as a yellow ring on its label's box (::before)."""
    expect(checkbox).to_be_focused()
    shadow = page.locator(f"label[for='{checkbox.get_attribute('id')}']").evaluate(
        "label => getComputedStyle(label, '::before').boxShadow"
    )
    assert FOCUS_YELLOW in shadow, f"no visible focus on the checkbox: {shadow}"


def test_the_header_marks_find_a_course_as_the_current_page_in_the_catalogue(
    page: Page, signed_in_as
):
    """GOV.UK service navigation: the link for where you are is marked (aria-current)."""
    factories.course(modules=1)
    signed_in_as(social_worker())
    page.goto("/my-learning/")
    expect(nav_link(page, "/my-learning/")).to_have_attribute("aria-current", "page")
    page.goto("/find-a-course/")
    expect(page).to_have_url(re.compile(r"/courses/$"))
    expect(nav_link(page, "/find-a-course/")).to_have_attribute("aria-current", "page")
    expect(nav_link(page, "/my-learning/")).not_to_have_attribute("aria-current", "page")


def test_starting_a_course_from_a_module_page_returns_to_that_module(page: Page, signed_in_as):
    """The module page's "Start this course" keeps the learner where they were reading."""
    course = factories.course(modules=3, title="Three parts", slug="three-parts")
    second = course.get_children().specific()[1]
    learner = signed_in_as(social_worker())
    page.goto(second.url)
    expect(page.locator("main .govuk-warning-text")).to_be_visible()
    tab_to(page, page.locator("main").get_by_role("button", name=START))
    press(page, "Enter")
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    assert progress.enrolment_for(learner, course) is not None
    expect(heading(page)).to_have_text(second.title)


def test_the_catalogue_says_which_courses_are_completed(page: Page, signed_in_as):
    """A completed course is tagged completed in the catalogue, not “Started”."""
    started = factories.course(modules=2, title="Started one", slug="started-one")
    done = factories.course(modules=1, title="Finished one", slug="finished-one")
    learner = signed_in_as(social_worker())
    progress.enrol(learner, started)
    progress.enrol(learner, done)
    progress.complete_module(learner, done.get_children().specific().first())
    page.goto("/courses/?filtered=1")
    cards = page.locator("main .cotrain-course-card")
    expect(cards.filter(has_text="Started one").locator(".govuk-tag")).to_have_text("Started")
    expect(cards.filter(has_text="Finished one").locator(".govuk-tag")).to_have_text("Completed")


# Welsh learners keep English-only courses, and no course starts empty (issue 9, items
# 9, 10 and 16) -----------------------------------------------------------------------------


def _english_and_welsh_courses():
    """One course in both languages (the second module not translated yet), one in English
    only, and one whose only module was unpublished."""
    both = factories.course(modules=2, title="Plain words", slug="plain-words")
    first, second = both.get_children().specific()
    factories.translate_to_welsh(both, title="Geiriau plaen", slug="geiriau-plaen")
    factories.translate_to_welsh(first, title="Llythyrau", slug="llythyrau")
    english_only = factories.course(modules=1, title="Meetings", slug="meetings")
    emptied = factories.course(modules=1, title="Budgets", slug="budgets")
    welsh_emptied = factories.translate_to_welsh(emptied, title="Cyllidebau", slug="cyllidebau")
    module = emptied.get_children().specific().first()
    factories.translate_to_welsh(module, title="Cyllideb", slug="cyllideb").unpublish()
    module.unpublish()
    welsh_emptied.refresh_from_db()
    return both, second, english_only, (emptied, welsh_emptied)


def test_welsh_learners_keep_english_only_courses_and_switching_language_says_when_there_is_no_welsh(
    page: Page, signed_in_as
):
    _both, untranslated_module, english_only, emptied = _english_and_welsh_courses()
    learner = signed_in_as(social_worker())
    progress.enrol(learner, english_only)

    # The Welsh catalogue: the Welsh course, and the English-only one marked as English.
    page.goto("/cy/courses/?filtered=1")
    cards = page.locator("main .cotrain-course-card")
    expect(cards.locator("h3")).to_have_text(["Geiriau plaen", "Meetings"])
    expect(cards.nth(0).locator("h3")).to_have_attribute("lang", "cy")
    expect(cards.nth(1).locator("h3")).to_have_attribute("lang", "en")
    expect(cards.nth(1).locator(".cotrain-language-tag")).to_have_text("Saesneg yn unig")
    assert_no_axe_violations(page)
    # Its title says what it shows (a search: the words and how many it found).
    page.goto("/cy/courses/?filtered=1&q=meetings")
    expect(page).to_have_title(
        "Canlyniadau chwilio am ‘meetings’ (2 canlyniad) – Courses – Cotrain"
    )
    expect(page.locator("main .cotrain-results__item h3").first).to_have_attribute("lang", "en")
    assert_no_axe_violations(page)

    # The Welsh course lists its untranslated module in English.
    page.goto("/cy/courses/geiriau-plaen/")
    modules = page.locator("main .govuk-task-list__link")
    expect(modules).to_have_text(["Llythyrau", untranslated_module.title])
    expect(modules.nth(1)).to_have_attribute("lang", "en")
    assert_no_axe_violations(page)

    # My learning in Welsh keeps the English-only course, marked.
    page.goto("/cy/my-learning/")
    card = page.locator("main .cotrain-course-card").first
    expect(card.locator("h3")).to_have_attribute("lang", "en")
    expect(card.locator(".cotrain-language-tag")).to_have_text("Saesneg yn unig")
    assert_no_axe_violations(page)

    # By keyboard from the catalogue to the English-only course, then to Cymraeg: it stays.
    page.goto("/cy/courses/?filtered=1")
    tab_to(page, page.locator("main").get_by_role("link", name="Meetings", exact=True))
    press(page, "Enter")
    expect(heading(page)).to_have_text("Meetings")
    expect(page.locator(".cotrain-untranslated")).to_have_count(0)
    tab_to(page, page.locator("nav.govuk-language-navigation").get_by_role("link", name="Cymraeg"))
    press(page, "Enter")
    expect(heading(page)).to_have_text("Meetings")
    banner = page.locator(".cotrain-untranslated")
    expect(banner).to_have_attribute("lang", "cy")
    expect(banner).to_contain_text(
        "Nid yw'r dudalen hon ar gael yn Gymraeg eto. Fe'i dangosir yn Saesneg."
    )
    assert_no_axe_violations(page)

    # A course with no modules: not offered, nothing to start, never "0 of 0", in both languages.
    for course, words in zip(
        emptied,
        [
            "This course has no modules at the moment.",
            "Nid oes gan y cwrs hwn unrhyw fodiwlau ar hyn o bryd.",
        ],
        strict=True,
    ):
        page.goto(course.url)
        expect(page.locator("main")).to_contain_text(words)
        expect(page.locator("main").get_by_role("button", name=START)).to_have_count(0)
        assert_no_axe_violations(page)


def test_welsh_and_english_only_states_reflow_at_320_pixels_wide(page: Page, signed_in_as):
    """WCAG 1.4.10 for the states these journeys added: tags, the banner, English modules."""
    _both, _untranslated, english_only, emptied = _english_and_welsh_courses()
    learner = signed_in_as(social_worker())
    progress.enrol(learner, english_only)
    page.set_viewport_size({"width": 320, "height": 700})
    for path in [
        "/cy/courses/?filtered=1",
        "/cy/courses/?filtered=1&q=meetings",
        "/cy/courses/geiriau-plaen/",
        f"{english_only.url}?translation=cy",
        "/cy/my-learning/",
        emptied[0].url,
        emptied[1].url,
    ]:
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        expect(heading(page)).to_be_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at a 320 px viewport"
