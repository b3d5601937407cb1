"""The course catalogue: courses for the learner's job role, and search.

Only live pages in the current language that the person may see are listed or searched
(CourseIndexPage.courses_for and .search), so a private course's title never appears to
someone who cannot open it.
"""

from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from courses.models.records import CourseCompletion, Enrolment
from training.core.forms import GovukFormMixin
from training.people.models import JobRole


class CatalogueForm(GovukFormMixin, forms.Form):
    q = forms.CharField(label=_("Search courses"), max_length=200, required=False)
    role = forms.MultipleChoiceField(
        label=_("Show courses for"),
        choices=JobRole.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    error_names = {
        "q": _("your search"),
        "role": _("the job roles to show courses for"),
    }


# The people each job role's courses are for, as a title names them: "Courses for …".
FOR_ROLE = {
    JobRole.SOCIAL_WORKER: _("social workers"),
    JobRole.SENCO: _("SENCOs"),
    JobRole.EHC_COORDINATOR: _("EHC plan co-ordinators"),
    JobRole.HEALTH: _("health staff"),
    JobRole.EARLY_HELP: _("early help staff"),
    JobRole.MANAGER: _("managers"),
    JobRole.OTHER: _("other staff"),
}


def what_it_shows(query, roles, result_count) -> str | None:
    """The catalogue's title before its own, saying what it shows: the search and how many
    it found, or the job roles chosen. None for every course (WCAG 2.4.2)."""
    if query:
        return ngettext(
            "Search results for ‘%(query)s’ (%(count)s result)",
            "Search results for ‘%(query)s’ (%(count)s results)",
            result_count,
        ) % {"query": query, "count": result_count}
    if not roles:
        return None
    people = [str(FOR_ROLE[role]) for role in JobRole.values if role in roles]
    if len(people) > 1:
        people = [", ".join(people[:-1]), people[-1]]
        people = [gettext("%(first)s and %(last)s") % {"first": people[0], "last": people[1]}]
    return gettext("Courses for %(people)s") % {"people": people[0]}


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

    courses = index_page.courses_for(user)
    if roles:
        courses = [course for course in courses if course.is_for(roles)]
    keys = [course.translation_key for course in courses]
    started = set(
        Enrolment.objects.of(user).filter(course_key__in=keys).values_list("course_key", flat=True)
    )
    completed = set(
        CourseCompletion.objects.of(user)
        .filter(course_key__in=keys)
        .values_list("course_key", flat=True)
    )
    results = index_page.search(user, query) if query else None
    return {
        "form": form,
        "query": query,
        "roles": roles,
        "courses": courses,
        "started": started,
        "completed": completed,
        "results": results,
        "what_it_shows": what_it_shows(query, roles, len(results or [])),
    }
