"""Every piece of content is marked with its own language (WCAG 3.1.2, item 16), and each
page's <title> says what it shows (WCAG 2.4.2, item 17)."""

import pytest
from bs4 import BeautifulSoup

from courses import progress
from courses.models import CourseCoTrainer, ModulePage
from courses.setup import ensure_course_workflow
from tests import factories
from training.people.models import JobRole

pytestmark = pytest.mark.django_db


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def _lang(element):
    return element.get("lang") or element.find_parent(lang=True)["lang"]


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def _learner(job_role=JobRole.SOCIAL_WORKER):
    return factories.MembershipFactory(job_role=job_role).user


# Language of parts -----------------------------------------------------------------------


def test_a_welsh_course_and_module_mark_their_welsh_and_their_english_fallback(client, signed_in):
    course = factories.course(modules=2, title="Plain words", slug="plain-words")
    first, second = _modules(course)
    welsh_first = factories.translate_to_welsh(first, title="Llythyrau", slug="llythyrau")
    welsh_course = welsh_first.course
    signed_in(_learner())

    soup = _soup(client.get(welsh_course.url))
    assert soup.html["lang"] == "cy"
    assert _lang(soup.select_one("main h1")) == "cy"
    assert _lang(soup.select_one("main p.govuk-body-l")) == "cy"
    links = soup.select("main .govuk-task-list__link")
    assert [(a.get_text(strip=True), _lang(a)) for a in links] == [
        ("Llythyrau", "cy"),
        (second.title, "en"),
    ]

    soup = _soup(client.get(welsh_first.url))
    assert _lang(soup.select_one("main h1")) == "cy"
    assert _lang(soup.select_one("main .cotrain-module-body")) == "cy"
    crumbs = soup.select(".govuk-breadcrumbs__link")[1:]  # after "My learning"
    assert [_lang(crumb) for crumb in crumbs] == ["cy", "cy"]
    next_title = soup.select_one(".govuk-pagination__next .govuk-pagination__link-label")
    assert (next_title.get_text(strip=True), _lang(next_title)) == (second.title, "en")


def _english_module_waiting(co_trainer):
    editor = factories.editor()
    course = factories.course(modules=0, title="Plain words")
    course.co_trainers.add(CourseCoTrainer(person=co_trainer))
    course.save_revision()
    module = factories.module(course, title="Letters")
    module.body = [("rich_text", "<p>Draft words.</p>")]
    module.save_revision(user=editor)
    ensure_course_workflow()
    module.get_workflow().start(module, editor)
    return ModulePage.objects.get(pk=module.pk).current_workflow_task_state


def test_the_welsh_review_pages_mark_an_english_draft_as_english(client, signed_in):
    co_trainer = factories.co_trainer(preferred_language="cy")
    state = _english_module_waiting(co_trainer)
    signed_in(co_trainer)

    soup = _soup(client.get("/cy/review/"))
    assert soup.html["lang"] == "cy"
    link = soup.select_one("main .govuk-task-list__link")
    assert (link.get_text(strip=True), _lang(link)) == ("Letters", "en")
    course_title = soup.select_one("main .govuk-task-list__hint span[lang]")
    assert (course_title.get_text(strip=True), course_title["lang"]) == ("Plain words", "en")

    soup = _soup(client.get(f"/cy/review/{state.pk}/"))
    assert soup.html["lang"] == "cy"
    assert _lang(soup.select_one("main h1")) == "en"
    draft = soup.select_one("main .cotrain-review-draft")
    assert draft["lang"] == "en" and "Draft words." in draft.get_text()
    assert _lang(soup.select_one("main .govuk-caption-l span")) == "en"
    assert _lang(soup.select_one("main form legend")) == "cy", "the interface stays Welsh"


# Titles ------------------------------------------------------------------------------------


def test_the_catalogues_title_says_what_it_shows(client, signed_in):
    factories.course(modules=1, title="Plain words in letters", audiences=[JobRole.SOCIAL_WORKER])
    factories.course(modules=1, title="Plain words at meetings")
    factories.course(modules=1, title="Budgets")
    signed_in(_learner())
    catalogue = factories.catalogue().url

    def title(**params):
        return _soup(client.get(catalogue, params)).title.get_text(strip=True)

    assert title() == "Courses for social workers – Courses – Cotrain"
    assert title(filtered="1") == "Courses – Cotrain"
    assert title(filtered="1", role=["senco", "health"]) == (
        "Courses for SENCOs and health staff – Courses – Cotrain"
    )
    assert title(filtered="1", q="plain words") == (
        "Search results for ‘plain words’ (4 results) – Courses – Cotrain"
    )
    assert title(filtered="1", q="budgets") == (
        "Search results for ‘budgets’ (2 results) – Courses – Cotrain"
    )
    assert title(filtered="1", q="zzyzx") == (
        "Search results for ‘zzyzx’ (0 results) – Courses – Cotrain"
    )


def test_the_welsh_catalogues_title_says_what_it_shows(client, signed_in):
    course = factories.course(modules=1, title="Plain words", audiences=[JobRole.SOCIAL_WORKER])
    factories.translate_to_welsh(course.get_parent().specific, title="Cyrsiau")
    signed_in(_learner())

    def title(**params):
        return _soup(client.get("/cy/courses/", params)).title.get_text(strip=True)

    assert title() == "Cyrsiau ar gyfer gweithwyr cymdeithasol – Cyrsiau – Cotrain"
    assert title(filtered="1", q="plain") == (
        "Canlyniadau chwilio am ‘plain’ (2 canlyniad) – Cyrsiau – Cotrain"
    )


def test_a_module_with_errors_has_error_first_in_its_title(client, signed_in):
    course = factories.course(modules=0, title="Plain words")
    module = factories.module(course, title="Letters", body=[factories.reflection("Why?")])
    learner = _learner()
    progress.enrol(learner, course)
    signed_in(learner)
    assert _soup(client.get(module.url)).title.get_text(strip=True) == (
        "Letters – Plain words – Cotrain"
    )
    response = client.post(module.url, {"action": "complete"})
    assert _soup(response).title.get_text(strip=True) == ("Error: Letters – Plain words – Cotrain")
