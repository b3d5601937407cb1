"""The rules for taking a course: enrolling, progress, completing modules and courses.

Every rule about a learner's progress lives here, as plain functions that views, tasks
and tests call. Records name courses and modules by translation key, so a learner can
move between English and Welsh and keep one record.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from training.core.pages import CACHE_SECONDS, cached, can_view, pages_version, viewable_by

from .blocks import Requirement, requirements_of
from .models import (
    CourseCompletion,
    CoursePage,
    Enrolment,
    LearningEvent,
    ModulePage,
    ModuleProgress,
    ObjectType,
    Reflection,
    Verb,
)

REFLECTION_MAX_LENGTH = 5000


class ProgressError(Exception):
    message = ""

    def __str__(self):
        return str(self.message)


class NotAvailable(ProgressError):
    message = _("This module is not available.")


class NotEnrolled(ProgressError):
    message = _("Start the course before you complete its modules.")


class RequirementsNotMet(ProgressError):
    message = _("There is something to do before you can complete this module.")

    def __init__(self, requirements: list[Requirement]):
        super().__init__()
        self.requirements = requirements


NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
STATE_LABELS = {
    NOT_STARTED: pgettext_lazy("module status", "Not started"),
    IN_PROGRESS: pgettext_lazy("module status", "In progress"),
    COMPLETED: pgettext_lazy("module status", "Completed"),
}


def _record(user, verb, obj_type, key, title, course_key, result=None):
    LearningEvent.objects.create(
        actor=user,
        verb=verb,
        object_type=obj_type,
        object_key=key,
        object_title=title[:255],
        course_key=course_key,
        result=result,
        language=get_language() or "en",
    )


# What a course is made of -------------------------------------------------------------


def modules_of(course, person=None):
    """The live modules of a course, in order (only those the person may see, if given)."""
    # Their bodies are not needed to list them or to count them.
    modules = ModulePage.objects.child_of(course).defer_streamfields()
    modules = viewable_by(modules, person) if person is not None else modules.live()
    return list(modules.order_by("path"))


def outline_of(course, person):
    """The modules of a course as a person sees them listed: like modules_of, but cached
    until pages change (training/core/pages.py), since every course and module page shows
    them. To show, not to decide: completion reads modules_of."""
    key = f"cotrain:outline:{pages_version()}:{course.pk}"
    modules = cached(key)
    if not isinstance(modules, list):
        modules = modules_of(course)
        cache.set(key, modules, CACHE_SECONDS)
    return [module for module in modules if can_view(module, person)]


def course_of(module) -> CoursePage:
    parent = getattr(module, "_cached_parent_obj", None)  # set when Wagtail routed to it
    if isinstance(parent, CoursePage):
        return parent
    return CoursePage.objects.get(path=module.path[: -module.steplen])


def required_modules(modules) -> list:
    """The modules a learner must complete: the required ones, or all if none is required."""
    return [module for module in modules if module.is_required] or list(modules)


def required_module_keys(course, person) -> set:
    """The translation keys of the modules this person must complete, read from the
    database without loading the pages."""
    modules = viewable_by(ModulePage.objects.child_of(course), person)
    rows = modules.values_list("translation_key", "is_required", named=True)
    return {row.translation_key for row in required_modules(rows)}


# Enrolling --------------------------------------------------------------------------


def enrolment_for(user, course):
    return Enrolment.objects.filter(user=user, course_key=course.translation_key).first()


def enrol(user, course) -> tuple[Enrolment, bool]:
    """Start a course. Starting it again changes nothing."""
    if not can_view(course, user):
        raise NotAvailable
    with transaction.atomic():
        enrolment, created = Enrolment.objects.get_or_create(
            user=user, course_key=course.translation_key
        )
        if created:
            key = course.translation_key
            _record(user, Verb.REGISTERED, ObjectType.COURSE, key, course.title, key)
    return enrolment, created


# Module progress --------------------------------------------------------------------


def open_module(user, module, course, enrolment, already_started=False) -> None:
    """Note that an enrolled learner opened a module: it is in progress, and where to resume."""
    if enrolment is None:
        return
    if already_started:
        created = False
    else:
        _progress, created = ModuleProgress.objects.get_or_create(
            user=user,
            module_key=module.translation_key,
            defaults={"course_key": course.translation_key},
        )
    if created:
        _record(
            user,
            Verb.EXPERIENCED,
            ObjectType.MODULE,
            module.translation_key,
            module.title,
            course.translation_key,
        )
    if enrolment.last_module_key != module.translation_key:
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_module_key=module.translation_key, last_active_at=timezone.now()
        )
        enrolment.last_module_key = module.translation_key


def reflections_for(user, module) -> dict[str, Reflection]:
    keys = [r.block_id for r in requirements_of(module.body) if r.kind == "reflection"]
    if not keys:
        return {}
    mine = Reflection.objects.filter(
        user=user, module_key=module.translation_key, prompt_key__in=keys
    )
    return {str(r.prompt_key): r for r in mine}


def save_reflections(user, module, course, answers: dict[str, str]) -> int:
    """Save the learner's reflections for a module (only those they wrote). Returns how many changed.

    Raises ValueError for text that is too long: the caller shows it again, unchanged.
    """
    prompts = {r.block_id: r.label for r in requirements_of(module.body) if r.kind == "reflection"}
    if not prompts:
        return 0  # nothing to save (complete_module checks the enrolment itself)
    if enrolment_for(user, course) is None:
        raise NotEnrolled
    changed = 0
    with transaction.atomic():
        for block_id, prompt in prompts.items():
            # Browsers send new lines as CRLF; count them as one character, as they show.
            text = (answers.get(block_id) or "").replace("\r\n", "\n").replace("\x00", "").strip()
            if not text:
                continue
            if len(text) > REFLECTION_MAX_LENGTH:
                raise ValueError(block_id)
            reflection, created = Reflection.objects.get_or_create(
                user=user,
                module_key=module.translation_key,
                prompt_key=block_id,
                defaults={"prompt": prompt, "text": text},
            )
            if not created and reflection.text == text:
                continue
            if not created:
                reflection.text, reflection.prompt = text, prompt
                reflection.updated_at = timezone.now()
                reflection.save(update_fields=["text", "prompt", "updated_at"])
            changed += 1
            # The event says that they answered, never what: reflections stay private.
            _record(
                user,
                Verb.ANSWERED,
                ObjectType.REFLECTION,
                block_id,
                prompt,
                course.translation_key,
                result={"response": "private", "completion": True},
            )
    return changed


def _reflections_met(user, module, requirements) -> set[str]:
    keys = [r.block_id for r in requirements]
    answered = Reflection.objects.filter(
        user=user, module_key=module.translation_key, prompt_key__in=keys
    )
    return {str(key) for key in answered.values_list("prompt_key", flat=True)}


# Each kind of requirement has a checker: (user, module, requirements) -> the block ids met.
# Quizzes add theirs when they arrive.
REQUIREMENT_CHECKERS = {"reflection": _reflections_met}


def unmet_requirements(user, module) -> list[Requirement]:
    """What the learner still has to do in this module, in page order."""
    requirements = requirements_of(module.body)
    met = set()
    for kind in {r.kind for r in requirements}:
        met |= REQUIREMENT_CHECKERS[kind](user, module, [r for r in requirements if r.kind == kind])
    return [r for r in requirements if r.block_id not in met]


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
    course = course_of(module)
    if not (can_view(module, user) and can_view(course, user)):
        raise NotAvailable
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course_key=course.translation_key)
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
        now = timezone.now()
        completed_now = bool(
            ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
                completed_at=now
            )
        )
        if completed_now:
            _record(
                user,
                Verb.COMPLETED,
                ObjectType.MODULE,
                module.translation_key,
                module.title,
                course.translation_key,
                result={"completion": True},
            )
        completion, course_now = complete_course_if_done(user, course)
    return Outcome(completed_now, completion, course_now)


def complete_course_if_done(user, course):
    """Record the course as complete if every module the learner must do is done. Idempotent.

    Also called when the course page is shown, so a course whose last unfinished module was
    unpublished or made optional completes then.
    """
    existing = CourseCompletion.objects.filter(user=user, course_key=course.translation_key).first()
    if existing:
        return existing, False
    required = required_module_keys(course, user)
    done = set(
        ModuleProgress.objects.filter(
            user=user, module_key__in=required, completed_at__isnull=False
        ).values_list("module_key", flat=True)
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
    except IntegrityError:  # completed at the same moment by another request
        return CourseCompletion.objects.get(user=user, course_key=course.translation_key), False
    _record(
        user,
        Verb.COMPLETED,
        ObjectType.COURSE,
        course.translation_key,
        course.title,
        course.translation_key,
        result={"completion": True},
    )
    return completion, True


# Showing progress -------------------------------------------------------------------


@dataclass
class ModuleState:
    module: ModulePage
    state: str

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment | None
    modules: list[ModuleState] = field(default_factory=list)
    completion: CourseCompletion | None = None

    @property
    def is_enrolled(self):
        return self.enrolment is not None

    @cached_property  # the module list does not change once made; their states may
    def required(self):
        keys = {module.pk for module in required_modules([m.module for m in self.modules])}
        return [m for m in self.modules if m.module.pk in keys]

    @property
    def completed_count(self):
        return sum(1 for m in self.required if m.state == COMPLETED)

    @property
    def required_count(self):
        return len(self.required)

    @property
    def percent(self):
        if self.completion:
            return 100
        return round(100 * self.completed_count / self.required_count) if self.required else 0

    @property
    def resume(self):
        """The module to continue with: the last one opened, unless it is done."""
        if self.enrolment is None:
            return None
        remaining = [m.module for m in self.modules if m.state != COMPLETED]
        for module in remaining:
            if module.translation_key == self.enrolment.last_module_key:
                return module
        return remaining[0] if remaining else None

    def state_of(self, module):
        return next((m for m in self.modules if m.module.pk == module.pk), None)


def course_progress(user, course, modules=None) -> CourseProgress:
    """The learner's progress through a course, module by module (a fixed number of queries)."""
    modules = modules if modules is not None else outline_of(course, user)
    return _progress(user, [(course, modules)])[0]


def courses_progress(user, courses) -> list[CourseProgress]:
    """Progress through several courses, in four queries whatever their number."""
    if not courses:
        return []
    children = Q()
    for course in courses:
        children |= Q(path__startswith=course.path, depth=course.depth + 1)
    modules = list(viewable_by(ModulePage.objects.filter(children), user).order_by("path"))
    return _progress(
        user,
        [(course, [m for m in modules if m.path.startswith(course.path)]) for course in courses],
    )


def _progress(user, courses_and_modules):
    course_keys = [course.translation_key for course, _modules in courses_and_modules]
    module_keys = [m.translation_key for _course, modules in courses_and_modules for m in modules]
    enrolments = {
        e.course_key: e for e in Enrolment.objects.filter(user=user, course_key__in=course_keys)
    }
    states, completions = {}, {}
    if enrolments:
        rows = ModuleProgress.objects.filter(user=user, module_key__in=module_keys)
        states = {
            key: COMPLETED if done else IN_PROGRESS
            for key, done in rows.values_list("module_key", "completed_at")
        }
        completions = {
            c.course_key: c
            for c in CourseCompletion.objects.filter(user=user, course_key__in=list(enrolments))
        }
    return [
        CourseProgress(
            course=course,
            enrolment=enrolments.get(course.translation_key),
            modules=[ModuleState(m, states.get(m.translation_key, NOT_STARTED)) for m in modules]
            if course.translation_key in enrolments
            else [ModuleState(m, NOT_STARTED) for m in modules],
            completion=completions.get(course.translation_key),
        )
        for course, modules in courses_and_modules
    ]
