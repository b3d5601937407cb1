import io

import pytest
import yaml
from django.core import mail
from wagtail.models import Locale

from courses.blocks import ModuleBodyBlock
from courses.demo import DEMO_LEARNER, content, seed_courses
from courses.models import CoursePage, ModulePage
from training.people.demo import seed_people
from training.people.models import User

COURSE_FILES = sorted(p for p in content.COURSES_DIR.glob("*.yaml") if p != content.ORDER_FILE)


@pytest.mark.django_db
def test_the_demo_courses_load_once_with_one_course_fully_in_welsh(
    django_capture_on_commit_callbacks,
):
    out = io.StringIO()
    seed_people(out)
    with django_capture_on_commit_callbacks(execute=True):
        seed_courses(out)
    waiting = [m for m in mail.outbox if m.to == ["sam@parents.cotrain.example"]]
    assert [m.subject for m in waiting] == [
        "“Working with interpreters” is waiting for your review"
    ]
    counts = (CoursePage.objects.count(), ModulePage.objects.count())
    seed_courses(out)
    assert (CoursePage.objects.count(), ModulePage.objects.count()) == counts

    english = CoursePage.objects.filter(locale__language_code="en", live=True)
    module_counts = [ModulePage.objects.child_of(c).live().count() for c in english]
    assert len(english) == len(content.courses()) and sum(n >= 4 for n in module_counts) >= 3
    welsh = Locale.objects.get(language_code="cy")
    for slug in content.welsh_courses():
        course = english.get(slug=slug)
        translated = course.get_translation(welsh)
        assert translated.live and translated.title != course.title
        for module in ModulePage.objects.child_of(course).live():
            assert module.get_translation(welsh).live
    assert "Courses" in out.getvalue() and "also in Welsh" in out.getvalue()
    assert User.objects.get(email=DEMO_LEARNER).enrolments.count() == 1


@pytest.mark.parametrize("path", COURSE_FILES, ids=lambda path: path.name)
def test_every_demo_course_file_loads(path):
    assert content.load_course(path)["modules"]


def test_the_demo_files_list_every_course_and_use_only_module_blocks():
    slugs = content.course_slugs()
    assert [course["slug"] for course in content.courses()] == slugs
    assert {path.name.split(".")[0] for path in COURSE_FILES} == set(slugs)
    draft = content.draft_module()
    assert draft["course"] in slugs
    modules = [m for course in content.courses() for m in course["modules"]] + [draft]
    used = {block_type for module in modules for block_type, _value in module["body"]}
    assert used <= set(ModuleBodyBlock.base_blocks)


def _blocks(module):
    """A module's blocks as translate() pairs them up: types in order, and key points counted."""
    return [
        (block_type, len(value["points"])) if block_type == "key_points" else block_type
        for block_type, value in module["body"]
    ]


def test_each_welsh_course_has_the_shape_of_its_english():
    english = {course["slug"]: course for course in content.courses()}
    welsh = content.welsh_courses()
    assert welsh
    for slug, course in welsh.items():
        where = f"{slug}.cy.yaml against {slug}.yaml"
        for key in ("learning_outcomes", "modules"):
            assert len(course[key]) == len(english[slug][key]), f"{where}: {key}"
        modules = zip(course["modules"], english[slug]["modules"], strict=True)
        for number, (cy, en) in enumerate(modules, start=1):
            assert _blocks(cy) == _blocks(en), f"{where}: module {number}"


MODULE = {"slug": "one", "title": "One", "summary": "S", "estimated_minutes": 5, "body": []}
COURSE = {
    "slug": "broken",
    "title": "T",
    "summary": "S",
    "learning_outcomes": [],
    "audiences": [],
    "estimated_minutes": 5,
    "cpd_hours": "0.1",
    "co_trainers": [],
    "private_to_co_trainers": False,
}


@pytest.mark.parametrize(
    ("module", "message"),
    [
        ({**MODULE, "body": [{"heading": "H", "rich_text": "<p>R</p>"}]}, "block 1: expected"),
        ({**MODULE, "body": [{"heading": "H"}, "rich_text"]}, "block 2: expected a mapping"),
        ({**MODULE, "sumary": "S"}, "module 1: unknown key 'sumary'"),
        ({key: v for key, v in MODULE.items() if key != "body"}, "module 1: missing key 'body'"),
    ],
)
def test_a_malformed_course_file_is_refused_by_name(tmp_path, module, message):
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump({**COURSE, "modules": [module]}), encoding="utf-8")
    with pytest.raises(content.DemoContentError) as refused:
        content.load_course(path)
    assert str(refused.value).startswith(f"{path}: ") and message in str(refused.value)
