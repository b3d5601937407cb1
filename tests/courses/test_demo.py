import io

import pytest
from wagtail.models import Locale

from courses.demo import DEMO_LEARNER, seed_courses
from courses.demo_content import COURSES, COURSES_CY
from courses.models import CoursePage, ModulePage
from training.people.demo import seed_people
from training.people.models import User

pytestmark = pytest.mark.django_db


def test_the_demo_courses_load_once_with_one_course_fully_in_welsh():
    out = io.StringIO()
    seed_people(out)
    seed_courses(out)
    counts = (CoursePage.objects.count(), ModulePage.objects.count())
    seed_courses(out)
    assert (CoursePage.objects.count(), ModulePage.objects.count()) == counts

    english = CoursePage.objects.filter(locale__language_code="en", live=True)
    module_counts = [ModulePage.objects.child_of(c).live().count() for c in english]
    assert len(english) == len(COURSES) and sum(n >= 4 for n in module_counts) >= 3
    welsh = Locale.objects.get(language_code="cy")
    for slug in COURSES_CY:
        course = english.get(slug=slug)
        translated = course.get_translation(welsh)
        assert translated.live and translated.title != course.title
        for module in ModulePage.objects.child_of(course).live():
            assert module.get_translation(welsh).live
    assert "Courses" in out.getvalue() and "also in Welsh" in out.getvalue()
    assert User.objects.get(email=DEMO_LEARNER).enrolments.count() == 1
