"""Welsh learners: English-only courses stay theirs, and no course starts empty (items 9, 10).

A course's modules are the same in every language: a translation lists its own live
modules, and the English ones not yet translated, shown in English.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse

from courses import outline, progress
from courses.models import CoursePage, Enrolment, ModulePage
from tests import factories
from training.people.models import JobRole

pytestmark = pytest.mark.django_db


def _soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def _lang(element):
    """The language an element's text is marked as: its own lang, or its nearest parent's."""
    return element.get("lang") or element.find_parent(lang=True)["lang"]


def _cards(soup):
    """Each course card in the catalogue: (title, lang of the title, its tag's text)."""
    cards = []
    for card in soup.select("main .cotrain-course-card"):
        link = card.select_one("h3 a")
        tag = card.select_one(".cotrain-language-tag")
        cards.append(
            (
                link.get_text(strip=True),
                _lang(link),
                tag and tag.get_text(strip=True),
            )
        )
    return cards


def _modules(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def _learner():
    return factories.MembershipFactory(job_role=JobRole.SOCIAL_WORKER).user


def _english_and_welsh_courses():
    """One course in English and Welsh, and one in English only."""
    both = factories.course(modules=1, title="Plain words", slug="plain-words")
    factories.translate_to_welsh(both, title="Geiriau plaen", slug="geiriau-plaen")
    factories.translate_to_welsh(_modules(both)[0], title="Llythyrau", slug="llythyrau")
    english_only = factories.course(modules=1, title="Meetings", slug="meetings")
    return both, english_only


def test_the_welsh_catalogue_lists_english_only_courses_marked_as_english(client, signed_in):
    _both, english_only = _english_and_welsh_courses()
    signed_in(_learner())
    soup = _soup(client.get("/cy/courses/?filtered=1"))
    assert _cards(soup) == [
        ("Geiriau plaen", "cy", None),
        ("Meetings", "en", "Saesneg yn unig"),
    ]
    card = soup.select("main .cotrain-course-card")[1]
    assert card.select_one("h3 a")["href"] == english_only.url
    english = _soup(client.get("/courses/?filtered=1"))
    assert _cards(english) == [("Plain words", "en", None), ("Meetings", "en", None)]


def test_the_welsh_catalogue_finds_english_only_courses_too(client, signed_in):
    _english_and_welsh_courses()
    signed_in(_learner())
    soup = _soup(client.get("/cy/courses/", {"filtered": "1", "q": "meetings"}))
    results = soup.select("main .cotrain-results__item h3 a")
    assert {(a.get_text(strip=True), _lang(a)) for a in results} == {
        ("Meetings", "en"),
        ("Meetings, module 1", "en"),
    }


def test_a_welsh_course_with_no_live_welsh_module_is_listed_in_english(client, signed_in):
    both, _english_only = _english_and_welsh_courses()
    welsh_course = CoursePage.objects.get(
        translation_key=both.translation_key, locale__language_code="cy"
    )
    welsh_module = _modules(welsh_course)[0]
    welsh_module.unpublish()
    signed_in(_learner())
    soup = _soup(client.get("/cy/courses/?filtered=1"))
    assert _cards(soup) == [
        ("Plain words", "en", "Saesneg yn unig"),
        ("Meetings", "en", "Saesneg yn unig"),
    ]


def test_a_welsh_course_lists_its_untranslated_modules_in_english(client, signed_in):
    course = factories.course(modules=2, title="Plain words", slug="plain-words")
    first, second = _modules(course)
    welsh_first = factories.translate_to_welsh(first, title="Llythyrau", slug="llythyrau")
    welsh_course = welsh_first.course
    learner = _learner()
    signed_in(learner)
    soup = _soup(client.get(welsh_course.url))
    items = soup.select("main .govuk-task-list__item")
    titles = [(i.select_one("a").get_text(strip=True), _lang(i.select_one("a"))) for i in items]
    assert titles == [("Llythyrau", "cy"), (second.title, "en")]
    assert items[1].select_one("a")["href"] == second.url
    assert "Saesneg yn unig" in items[1].get_text()

    # The course is the same in both languages: completing the Welsh module is 1 of 2.
    progress.enrol(learner, welsh_course)
    outcome = progress.complete_module(learner, welsh_first)
    assert not outcome.course_completed_now
    assert outline.course_progress(learner, welsh_course).required_count == 2
    assert progress.complete_module(learner, second).course_completed_now


def test_a_course_with_no_modules_cannot_be_started_and_never_shows_0_of_0(client, signed_in):
    course = factories.course(modules=1, title="Plain words")
    started, newcomer = _learner(), _learner()
    progress.enrol(started, course)
    _modules(course)[0].unpublish()

    signed_in(newcomer)
    assert _cards(_soup(client.get("/courses/?filtered=1"))) == [], "not offered"
    soup = _soup(client.get(course.url))
    assert not soup.select("main form button"), "no Start this course"
    assert "This course has no modules at the moment." in soup.get_text()
    response = client.post(course.url)
    assert response.status_code == 302 and response["Location"] == course.url
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "This course has no modules at the moment, so it cannot be started."
    ]
    assert not Enrolment.objects.filter(user=newcomer).exists()

    signed_in(started)
    for url in (course.url, reverse("courses:my_learning")):
        text = _soup(client.get(url)).get_text()
        assert "0 of 0" not in text and "This course has no modules at the moment." in text


def test_my_learning_in_welsh_keeps_english_only_courses_marked_as_english(client, signed_in):
    _both, english_only = _english_and_welsh_courses()
    learner = _learner()
    progress.enrol(learner, english_only)
    signed_in(learner)
    soup = _soup(client.get("/cy/my-learning/"))
    card = soup.select_one("main .cotrain-course-card")
    link = card.select_one("h3 a")
    assert (link.get_text(strip=True), _lang(link)) == ("Meetings", "en")
    assert card.select_one(".cotrain-language-tag").get_text(strip=True) == "Saesneg yn unig"


def test_switching_to_welsh_on_an_english_only_page_stays_there_and_says_so(client, signed_in):
    _both, english_only = _english_and_welsh_courses()
    signed_in(_learner())
    soup = _soup(client.get(english_only.url))
    cymraeg = soup.select_one("nav.govuk-language-navigation a[lang=cy]")
    assert cymraeg["href"] == f"{english_only.url}?translation=cy"
    assert not soup.select(".cotrain-untranslated")

    soup = _soup(client.get(cymraeg["href"]))
    assert soup.select_one("main h1").get_text(strip=True) == "Meetings"
    banner = soup.select_one(".cotrain-untranslated")
    assert banner["lang"] == "cy"
    assert banner.select_one(".govuk-notification-banner__title").get_text(strip=True) == "Pwysig"
    assert banner.select_one(".govuk-notification-banner__heading").get_text(strip=True) == (
        "Nid yw'r dudalen hon ar gael yn Gymraeg eto. Fe'i dangosir yn Saesneg."
    )


def test_a_page_with_a_translation_links_to_it(client, signed_in):
    both, _english_only = _english_and_welsh_courses()
    signed_in(_learner())
    soup = _soup(client.get(both.url))
    cymraeg = soup.select_one("nav.govuk-language-navigation a[lang=cy]")
    assert cymraeg["href"] == "/cy/courses/geiriau-plaen/"
    soup = _soup(client.get(f"{both.url}?translation=cy"))
    assert not soup.select(".cotrain-untranslated"), "only where there is no translation"


def test_the_switcher_does_not_send_learners_to_a_welsh_alias_of_an_english_page(client, signed_in):
    """Translating a module before its course makes wagtail-localize put a live alias of the
    English course in the Welsh tree: English words at a Welsh address, not a translation."""
    from wagtail.models import Locale
    from wagtail_localize.operations import translate_object

    course = factories.course(modules=1, title="Meetings", slug="meetings")
    factories.translate_to_welsh(course.get_parent().specific)
    translate_object(_modules(course)[0], [Locale.objects.get(language_code="cy")])
    alias = CoursePage.objects.get(
        translation_key=course.translation_key, locale__language_code="cy"
    )
    assert alias.alias_of_id == course.pk and alias.live
    signed_in(_learner())
    soup = _soup(client.get(course.url))
    cymraeg = soup.select_one("nav.govuk-language-navigation a[lang=cy]")
    assert cymraeg["href"] == f"{course.url}?translation=cy"
