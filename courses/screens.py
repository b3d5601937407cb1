"""What the course and module pages show, and what they do with a POST.

Called directly by the page types' ``serve`` and ``get_context`` (models/pages.py). Thin:
every rule is in progress.py, reflections.py and outline.py. Anything that writes (opening
a module, a course found complete) is a step of its own, run by ``serve`` before the page is
built; building a page's context only reads.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses import outline, progress, reflections

REFLECTION_FIELD = "reflection-"


# Course page ---------------------------------------------------------------------------


def visit_course(request, course) -> outline.CourseProgress:
    """The learner's progress, with the course recorded as complete if it now is."""
    course_progress = outline.course_progress(request.user, course)
    if course_progress.is_enrolled and not course_progress.completion and course_progress.all_done:
        with transaction.atomic():
            course_progress.completion, _new = progress.complete_course_if_done(
                request.user, course
            )
    return course_progress


def course_context(request, course, visit=None) -> dict:
    crumbs = [course.get_parent()]
    if visit is None and getattr(request, "is_preview", False):
        return {"course_progress": None, "modules": course.live_modules(), "crumbs": crumbs}
    course_progress = visit or outline.course_progress(request.user, course)
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
    except progress.NoModules as nothing_to_take:
        messages.error(request, str(nothing_to_take))
        return redirect(course.url)
    if created:
        messages.success(request, _("You have started the course."))
    course_progress = outline.course_progress(request.user, course)
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


@dataclass
class ModuleVisit:
    """What opening a module found: its course, the modules listed and the learner's progress."""

    course: object
    modules: list
    course_progress: outline.CourseProgress


def _visit(request, module) -> ModuleVisit:
    course = module.course
    modules = course.outline_for(request.user)
    return ModuleVisit(course, modules, outline.course_progress(request.user, course, modules))


def visit_module(request, module) -> ModuleVisit:
    """A learner opens a module: if they have started the course, it is now in progress and
    where they resume."""
    visit = _visit(request, module)
    state = visit.course_progress.state_of(module)
    started = state is not None and state.state != outline.NOT_STARTED
    progress.open_module(
        request.user,
        module,
        visit.course,
        visit.course_progress.enrolment,
        already_started=started,
    )
    if visit.course_progress.is_enrolled and state is not None and not started:
        state.state = outline.IN_PROGRESS
    return visit


def module_context(request, module, visit=None) -> dict:
    # After a failed POST, module_action puts the errors and what was typed on the request.
    errors, answers = getattr(request, "module_form", ([], {}))
    preview = getattr(request, "is_preview", False)
    if visit is None and preview:
        course = module.course
        modules = course.live_modules()
        if module.pk not in {m.pk for m in modules}:
            modules = sorted([*modules, module], key=lambda m: m.path)
    else:
        visit = visit or _visit(request, module)
        course, modules = visit.course, visit.modules
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
    if visit is None:  # a preview
        return {**context, "course_progress": None, "reflections": {}}
    course_progress = visit.course_progress
    saved = reflections.reflections_for(request.user, module) if course_progress.is_enrolled else {}
    return {
        **context,
        "course_progress": course_progress,
        "module_state": course_progress.state_of(module),
        "reflections": {key: r.text for key, r in saved.items()},
    }


def _answers(request, module):
    return {
        key: request.POST.get(REFLECTION_FIELD + key, "") for key in reflections.prompts_of(module)
    }


def _show_again(request, module, errors, answers):
    request.module_form = (errors, answers)
    return TemplateResponse(request, module.get_template(request), module.get_context(request))


def module_action(request, module):
    """Save reflections, or complete the module. Nothing the learner typed is lost."""
    course = module.course
    answers = _answers(request, module)
    try:
        saved_count = reflections.save_reflections(request.user, module, course, answers)
    except progress.NotEnrolled:
        messages.error(request, _("Start the course before you complete its modules."))
        return redirect(course.url)
    except reflections.TooLong as too_long:
        message = _("Your reflection must be %(max)s characters or fewer.") % {
            "max": f"{reflections.REFLECTION_MAX_LENGTH:,}"
        }
        field = REFLECTION_FIELD + too_long.block_id
        return _show_again(request, module, [(field, message)], answers)

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
    course_progress = outline.course_progress(request.user, course)
    later = [
        m.module
        for m in course_progress.modules
        if m.module.path > module.path and m.state != outline.COMPLETED
    ]
    return redirect((later[0] if later else course_progress.resume or course).url)
