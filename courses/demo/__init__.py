"""Demo courses: four courses from the YAML files in courses/demo/courses/ (read by
content.py), one of them in Welsh too.

The Welsh is made the way an editor would make it, through wagtail-localize: each English
string is given its Welsh translation and the translation is published, so editors can
keep it up to date in the translation editor.
"""

from django.db import transaction
from wagtail.models import Locale

from training.core import page_builder
from training.core.demo import demo_seeder
from training.core.models import HomePage
from training.core.page_builder import translate
from training.people.models import User
from training.people.roles import CO_TRAINERS_GROUP

from ..models import CourseCoTrainer, CourseIndexPage, CoursePage, ModulePage
from . import content

CATALOGUE = {
    "en": {
        "title": "Courses",
        "introduction": "Courses written and delivered with parent carers of disabled children. "
        "Choose your job to see the courses for you, or search.",
    },
    "cy": {
        "title": "Cyrsiau",
        "introduction": "Cyrsiau a ysgrifennwyd ac a gyflwynir gyda rhieni-ofalwyr plant anabl. "
        "Dewiswch eich swydd i weld y cyrsiau i chi, neu chwiliwch.",
    },
}
HOME_CY = {
    "title": "Cotrain",
    "introduction": "Hyfforddiant i staff cynghorau, wedi'i gyflwyno ar y cyd â rhieni-ofalwyr "
    "plant anabl.",
}


def _course_fields(data):
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "learning_outcomes": [("outcome", text) for text in data["learning_outcomes"]],
        "audiences": data["audiences"],
        "estimated_minutes": data["estimated_minutes"],
        "cpd_hours": data["cpd_hours"],
    }


def _module_fields(data):
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "estimated_minutes": data["estimated_minutes"],
        "body": list(data["body"]),
    }


def _catalogue(home):
    catalogue = CourseIndexPage.objects.child_of(home).first()
    return catalogue or page_builder.add_page(
        home, CourseIndexPage(slug="courses", **CATALOGUE["en"])
    )


def _course(catalogue, data):
    course = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if course is not None:
        return course, False
    course = CoursePage(**_course_fields(data))
    for email in data["co_trainers"]:
        course.co_trainers.add(CourseCoTrainer(person=User.objects.get(email=email)))
    # A course goes live once it has live modules (courses/publishing.py).
    course = page_builder.add_page(catalogue, course, publish_it=False)
    if data["private_to_co_trainers"]:
        page_builder.make_private(course, CO_TRAINERS_GROUP)
    for module in data["modules"]:
        page_builder.add_page(course, ModulePage(**_module_fields(module)))
    return page_builder.publish_draft(course), True


# Welsh, through wagtail-localize ------------------------------------------------------


def _translate_course(course, data, locale):
    if course.has_translation(locale):
        return
    home = HomePage.objects.get(pk=course.get_parent().get_parent().pk)
    if not home.has_translation(locale):
        translate(home, HomePage(slug=home.slug, **HOME_CY), locale)
    catalogue = course.get_parent().specific
    if not catalogue.has_translation(locale):
        translate(catalogue, CourseIndexPage(slug=catalogue.slug, **CATALOGUE["cy"]), locale)
    welsh_course = translate(course, CoursePage(**_course_fields(data)), locale, publish_it=False)
    modules = ModulePage.objects.child_of(course).order_by("path")
    for module, module_data in zip(modules, data["modules"], strict=True):
        translate(module, ModulePage(**_module_fields(module_data)), locale)
    page_builder.publish_draft(welsh_course)


DEMO_LEARNER = "aisha.brown@leeds.cotrain.example"


def _draft_for_review(draft, editor):
    """Send a new module through the course review workflow, as an editor would."""
    from ..setup import ensure_course_workflow

    course = CoursePage.objects.get(slug=draft["course"], locale__language_code="en")
    if ModulePage.objects.child_of(course).filter(slug=draft["slug"]).exists():
        return
    fields = {key: value for key, value in draft.items() if key != "course"}
    module = course.add_child(instance=ModulePage(live=False, **fields))
    module.save_revision(user=editor)
    ensure_course_workflow()
    module.get_workflow().start(module, editor)


def _progress_for(learner, course_slug):
    """The demo learner is part-way through the course, with one reflection written."""
    from .. import progress, reflections

    course = CoursePage.objects.get(slug=course_slug, locale__language_code="en")
    progress.enrol(learner, course)
    first = ModulePage.objects.child_of(course).live().order_by("path").first()
    answers = dict.fromkeys(
        reflections.prompts_of(first),
        "I will ask the family what they already know before I explain the law.",
    )
    reflections.save_reflections(learner, first, course, answers)
    progress.complete_module(learner, first)


@demo_seeder(order=20)
def seed_courses(stdout):
    home = HomePage.objects.get(depth=2, locale__language_code="en")
    welsh = Locale.objects.get(language_code="cy")
    courses = content.courses()
    welsh_courses = content.welsh_courses()
    draft = content.draft_module()
    made = 0
    with transaction.atomic():
        catalogue = _catalogue(home)
        for data in courses:
            course, created = _course(catalogue, data)
            made += created
            if data["slug"] in welsh_courses:
                _translate_course(course, welsh_courses[data["slug"]], welsh)
        _draft_for_review(draft, User.objects.get(email="editor@cotrain.example"))
        _progress_for(User.objects.get(email=DEMO_LEARNER), courses[0]["slug"])
    stdout.write(
        f"\nDemo courses: {len(courses)} at {catalogue.url} ({made} new), "
        f"{len(welsh_courses)} also in Welsh (/cy{catalogue.url}).\n"
        f"  {DEMO_LEARNER} is part-way through “{courses[0]['title']}”.\n"
        f"  “{draft['title']}” waits for a parent co-trainer's review "
        "(sam@parents.cotrain.example: Courses to review).\n"
    )
