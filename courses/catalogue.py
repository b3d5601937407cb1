"""The course catalogue: courses for the learner's job role, and search.

Only live pages in the current language that the person may see are listed or searched,
so a private course's title never appears to someone who cannot open it.
"""

from django import forms
from django.db import DatabaseError
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from training.core.forms import GovukFormMixin
from training.core.pages import viewable_by
from training.people.models import JobRole

from .models import CourseCompletion, CoursePage, Enrolment, ModulePage

SEARCH_RESULTS_LIMIT = 50


class CatalogueForm(GovukFormMixin, forms.Form):
    q = forms.CharField(label=_("Search courses"), max_length=200, required=False)
    role = forms.MultipleChoiceField(
        label=_("Show courses for"),
        choices=JobRole.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def job_roles_of(person) -> list[str]:
    return sorted(set(person.memberships.active().values_list("job_role", flat=True)))


def catalogue_context(request, index_page) -> dict:
    user = request.user
    data = request.GET.copy()
    filtered = "filtered" in data
    if not filtered:
        # First visit: start with the courses for the learner's own job.
        data.setlist("role", job_roles_of(user))
    form = CatalogueForm(data)
    # Bad input (an unknown role, a query too long) shows every course, never an error page.
    valid = form.is_valid()
    query = form.cleaned_data.get("q", "").strip() if valid else ""
    roles = form.cleaned_data.get("role", []) if valid else []

    courses = list(viewable_by(CoursePage.objects.child_of(index_page), user).order_by("path"))
    if roles:
        courses = [course for course in courses if course.is_for(roles)]
    keys = [course.translation_key for course in courses]
    started = set(
        Enrolment.objects.filter(user=user, course_key__in=keys).values_list(
            "course_key", flat=True
        )
    )
    completed = set(
        CourseCompletion.objects.filter(user=user, course_key__in=keys).values_list(
            "course_key", flat=True
        )
    )
    return {
        "form": form,
        "query": query,
        "roles": roles,
        "courses": courses,
        "started": started,
        "completed": completed,
        "results": search(user, index_page, query) if query else None,
    }


def search(user, index_page, query):
    """Courses and modules matching the words, best first, that this person may see."""
    pages = viewable_by(
        Page.objects.descendant_of(index_page).type(CoursePage, ModulePage), user
    ).filter(locale=Locale.get_active())
    try:
        # PlainText: the words as typed, never search syntax (quotes, operators).
        found = list(pages.search(PlainText(query))[:SEARCH_RESULTS_LIMIT])
    except DatabaseError:  # a query the database's full-text search still cannot parse
        found = []
    specific = {
        page.pk: page
        for model in (CoursePage, ModulePage)
        for page in model.objects.filter(pk__in=[p.pk for p in found])
    }
    course_path_length = (index_page.depth + 1) * index_page.steplen
    courses = {
        page.path: page
        for page in CoursePage.objects.filter(path__in={p.path[:course_path_length] for p in found})
    }
    results = []
    for page in found:
        page = specific.get(page.pk, page)
        course = courses.get(page.path[:course_path_length])
        results.append({"page": page, "course": course, "is_module": isinstance(page, ModulePage)})
    return results
