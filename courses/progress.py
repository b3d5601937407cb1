"""The rules for taking a course: enrolling, opening and completing modules, and
completing the course.

Plain functions that views, tasks and tests call, each in its own transaction. Records
name courses and modules by translation key, so a learner can move between English and
Welsh and keep one record. What is shown of progress is in outline.py; the events each
rule records, in events.py.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses import events
from courses.models.records import CourseCompletion, Enrolment, ModuleProgress
from training.core import requirements
from training.core.requirements import Requirement
from training.core.visibility import can_view


class ProgressError(Exception):
    message = ""

    def __str__(self):
        return str(self.message)


class NotAvailable(ProgressError):
    message = _("This module is not available.")


class NoModules(ProgressError):
    message = _("This course has no modules at the moment, so it cannot be started.")


class NotEnrolled(ProgressError):
    message = _("Start the course before you complete its modules.")


class RequirementsNotMet(ProgressError):
    message = _("There is something to do before you can complete this module.")

    def __init__(self, unmet: list[Requirement]):
        super().__init__()
        self.requirements = unmet


# What a course asks -------------------------------------------------------------------


def required_modules(modules) -> list:
    """The modules a learner must complete: the required ones, or all if none is required."""
    return [module for module in modules if module.is_required] or list(modules)


def required_module_keys(course, person) -> set:
    """The translation keys of the modules this person must complete, from the database."""
    return {row.translation_key for row in required_modules(course.module_rows(person))}


def unmet_requirements(user, module) -> list[Requirement]:
    """What the learner still has to do in this module, in page order."""
    return requirements.unmet(
        user, module.translation_key, requirements.requirements_in(module.body)
    )


# Enrolling and opening ----------------------------------------------------------------


def enrolment_for(user, course) -> Enrolment | None:
    return Enrolment.objects.of(user).filter(course_key=course.translation_key).first()


def enrol(user, course) -> tuple[Enrolment, bool]:
    """Start a course. Starting it again changes nothing. A course with no modules to take
    cannot be started (a learner would find "0 of 0 modules")."""
    if not can_view(course, user):
        raise NotAvailable
    existing = enrolment_for(user, course)
    if existing is not None:
        return existing, False
    if not course.module_rows(user):
        raise NoModules
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            user=user, course_key=course.translation_key
        )
        if created:
            events.started_course(user, course)
    return enrolment, created


def open_module(user, module, course, enrolment, already_started=False) -> bool:
    """Note that an enrolled learner opened a module: it is in progress, and where to resume.
    Returns whether it was opened for the first time."""
    if enrolment is None:
        return False
    created = False
    if not already_started:  # (a module seen before needs no transaction: nothing to write)
        with transaction.atomic():
            _progress, created = ModuleProgress.objects.get_or_create(
                user=user,
                module_key=module.translation_key,
                defaults={"course_key": course.translation_key},
            )
            if created:
                events.opened_module(user, module, course)
    if enrolment.last_module_key != module.translation_key:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_module_key=module.translation_key, last_active_at=timezone.now()
        )
        enrolment.last_module_key = module.translation_key
    return created


# Completing ---------------------------------------------------------------------------


@dataclass
class Outcome:
    module_completed_now: bool
    completion: CourseCompletion | None = None
    course_completed_now: bool = False


def complete_module(user, module) -> Outcome:
    """Mark a module complete once the learner has reached its end and done what it asks.

    Completing the last required module completes the course, in the same transaction,
    exactly once. Completing a module again changes nothing and records nothing.
    """
    course = module.course
    if not (can_view(module, user) and can_view(course, user)):
        raise NotAvailable
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.of(user)
            .select_for_update()
            .filter(course_key=course.translation_key)
            .first()
        )
        if enrolment is None:
            raise NotEnrolled
        unmet = unmet_requirements(user, module)
        if unmet:
            raise RequirementsNotMet(unmet)
        progress, _created = ModuleProgress.objects.get_or_create(
            user=user,
            module_key=module.translation_key,
            defaults={"course_key": course.translation_key},
        )
        # Only the request that actually changes the row records the event.
        completed_now = bool(
            ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
                completed_at=timezone.now()
            )
        )
        if completed_now:
            events.completed_module(user, module, course)
        completion, course_now = complete_course_if_done(user, course)
    return Outcome(completed_now, completion, course_now)


def complete_course_if_done(user, course):
    """Record the course as complete if every module the learner must do is done. Idempotent.

    Also checked when the course page is opened, so a course whose last unfinished module
    was unpublished or made optional completes then.
    """
    mine = CourseCompletion.objects.of(user).filter(course_key=course.translation_key)
    existing = mine.first()
    if existing:
        return existing, False
    required = required_module_keys(course, user)
    done = set(
        ModuleProgress.objects.of(user)
        .filter(module_key__in=required, completed_at__isnull=False)
        .values_list("module_key", flat=True)
    )
    if not required or not required <= done:  # (a course with no modules never completes)
        return None, False
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                user=user,
                course_key=course.translation_key,
                course_revision=course.live_revision,
                course_title=course.title,
                language=course.locale.language_code,
                cpd_hours=course.cpd_hours,
            )
            events.completed_course(user, course)
    except IntegrityError:  # completed at the same moment by another request
        return mine.get(), False
    return completion, True
