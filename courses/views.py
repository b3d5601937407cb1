"""The learner's screens that are not pages: My learning, and a stable way to the catalogue.
Course and module pages are served by their page types (courses/screens.py)."""

from django.http import Http404
from django.shortcuts import redirect, render
from wagtail.models import Locale

from training.core.visibility import viewable_by

from . import outline
from .models import CourseCompletion, CourseIndexPage, CoursePage, Enrolment

# My learning ---------------------------------------------------------------------------


def _courses_by_key(user, keys):
    """Each course in the current language, or in another if it has no translation yet."""
    active = Locale.get_active()
    found = {}
    for course in viewable_by(CoursePage.objects.filter(translation_key__in=keys), user):
        if course.translation_key not in found or course.locale_id == active.pk:
            found[course.translation_key] = course
    return found


def my_learning(request):
    user = request.user
    enrolments = list(Enrolment.objects.of(user).order_by("-last_active_at"))
    completions = {c.course_key: c for c in CourseCompletion.objects.of(user)}
    courses = _courses_by_key(user, [e.course_key for e in enrolments] + list(completions))
    started = [
        courses[e.course_key]
        for e in enrolments
        if e.course_key in courses and e.course_key not in completions
    ]
    modules = CoursePage.modules_of(started, user)
    in_progress = outline.courses_progress(user, [(c, modules[c.pk]) for c in started])
    completed = [
        {"completion": completion, "course": courses.get(key)}
        for key, completion in sorted(
            completions.items(), key=lambda item: item[1].completed_at, reverse=True
        )
    ]
    catalogue = CourseIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return render(
        request,
        "courses/my_learning.html",
        {
            "in_progress": in_progress,
            "completed": completed,
            "catalogue": catalogue,
        },
    )


def find_a_course(request):
    """The catalogue in the current language (a stable address for menus and emails)."""
    catalogue = CourseIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    catalogue = catalogue or CourseIndexPage.objects.live().first()
    if catalogue is None:
        raise Http404
    return redirect(catalogue.url)
