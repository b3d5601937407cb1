"""The learner's screens. Thin: every rule is in courses/progress.py."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from training.core.pages import viewable_by

from . import progress
from .blocks import requirements_of
from .models import CourseCompletion, CourseIndexPage, CoursePage, Enrolment

REFLECTION_FIELD = "reflection-"


def _is_preview(request):
    return getattr(request, "is_preview", False)


# Course page ---------------------------------------------------------------------------


def course_context(request, course) -> dict:
    crumbs = [course.get_parent()]
    if _is_preview(request):
        return {"course_progress": None, "modules": progress.modules_of(course), "crumbs": crumbs}
    course_progress = progress.course_progress(request.user, course)
    all_done = course_progress.required_count and course_progress.percent == 100
    if course_progress.is_enrolled and not course_progress.completion and all_done:
        with transaction.atomic():
            course_progress.completion, _new = progress.complete_course_if_done(
                request.user, course
            )
    return {
        "course_progress": course_progress,
        "modules": course_progress.modules,
        "crumbs": crumbs,
    }


def enrol(request, course):
    try:
        _enrolment, created = progress.enrol(request.user, course)
    except progress.NotAvailable as error:
        raise Http404 from error
    if created:
        messages.success(request, _("You have started the course."))
    course_progress = progress.course_progress(request.user, course)
    # Started from a module page: back to that module, so the learner keeps their place.
    here = next(
        (
            m.module
            for m in course_progress.modules
            if str(m.module.pk) == request.POST.get("module")
        ),
        None,
    )
    return redirect((here or course_progress.resume or course).url)


# Module page ---------------------------------------------------------------------------


def module_context(request, module) -> dict:
    # After a failed POST, the view puts the errors and what was typed on the request.
    errors, answers = getattr(request, "module_form", ([], {}))
    course = progress.course_of(module)
    if _is_preview(request):
        modules = progress.modules_of(course)
    else:
        modules = progress.outline_of(course, request.user)
    if _is_preview(request) and module.pk not in {m.pk for m in modules}:
        modules = sorted([*modules, module], key=lambda m: m.path)
    position = next((i for i, m in enumerate(modules) if m.pk == module.pk), 0)
    context = {
        "course": course,
        "crumbs": [course.get_parent(), course],
        "position": position + 1,
        "module_count": len(modules),
        "previous_module": modules[position - 1] if position > 0 else None,
        "next_module": modules[position + 1] if position + 1 < len(modules) else None,
        "errors": errors,
        "has_errors": bool(errors),
        "answers": answers,
        "reflection_field": REFLECTION_FIELD,
    }
    if _is_preview(request):
        return {**context, "course_progress": None, "reflections": {}}
    course_progress = progress.course_progress(request.user, course, modules)
    state = course_progress.state_of(module)
    started = state is not None and state.state != progress.NOT_STARTED
    progress.open_module(
        request.user, module, course, course_progress.enrolment, already_started=started
    )
    if course_progress.is_enrolled and state is not None and not started:
        state.state = progress.IN_PROGRESS
    reflections = (
        progress.reflections_for(request.user, module) if course_progress.is_enrolled else {}
    )
    return {
        **context,
        "course_progress": course_progress,
        "module_state": course_progress.state_of(module),
        "reflections": {key: r.text for key, r in reflections.items()},
    }


def _answers(request, module):
    keys = [r.block_id for r in requirements_of(module.body) if r.kind == "reflection"]
    return {key: request.POST.get(REFLECTION_FIELD + key, "") for key in keys}


def _show_again(request, module, errors, answers):
    request.module_form = (errors, answers)
    return TemplateResponse(request, module.get_template(request), module.get_context(request))


def module_action(request, module):
    """Save reflections, or complete the module. Nothing the learner typed is lost."""
    course = progress.course_of(module)
    answers = _answers(request, module)
    try:
        saved_count = progress.save_reflections(request.user, module, course, answers)
    except progress.NotEnrolled:
        messages.error(request, _("Start the course before you complete its modules."))
        return redirect(course.url)
    except ValueError as too_long:
        block_id = str(too_long)
        message = _("Your reflection must be %(max)s characters or fewer.") % {
            "max": f"{progress.REFLECTION_MAX_LENGTH:,}"
        }
        return _show_again(request, module, [(REFLECTION_FIELD + block_id, message)], answers)

    if request.POST.get("action") != "complete":
        if saved_count:
            messages.success(request, _("Your reflection has been saved."))
        else:
            messages.info(request, _("There was nothing new to save."))
        saved = request.POST.get("action", "").removeprefix("save-")
        return redirect(f"{module.url}#{REFLECTION_FIELD}{saved}" if saved else module.url)

    try:
        outcome = progress.complete_module(request.user, module)
    except progress.NotAvailable as error:
        raise Http404 from error
    except progress.NotEnrolled:
        messages.error(request, _("Start the course before you complete its modules."))
        return redirect(course.url)
    except progress.RequirementsNotMet as unmet:
        errors = [
            (
                REFLECTION_FIELD + requirement.block_id,
                _("Answer the reflection question “%(question)s” before you complete this module.")
                % {"question": requirement.label},
            )
            for requirement in unmet.requirements
        ]
        return _show_again(request, module, errors, answers)

    if outcome.course_completed_now:
        return redirect(course.url)
    if outcome.module_completed_now:
        messages.success(request, _("You have completed “%(title)s”.") % {"title": module.title})
    # On to the next module not yet done, or back to any skipped, or the course.
    course_progress = progress.course_progress(request.user, course)
    later = [
        m.module
        for m in course_progress.modules
        if m.module.path > module.path and m.state != progress.COMPLETED
    ]
    return redirect((later[0] if later else course_progress.resume or course).url)


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
    enrolments = list(Enrolment.objects.filter(user=user).order_by("-last_active_at"))
    completions = {c.course_key: c for c in CourseCompletion.objects.filter(user=user)}
    courses = _courses_by_key(user, [e.course_key for e in enrolments] + list(completions))
    started = [
        courses[e.course_key]
        for e in enrolments
        if e.course_key in courses and e.course_key not in completions
    ]
    in_progress = progress.courses_progress(user, started)
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
