"""A learner's progress through courses, as it is shown: each module's state, how many
are done, where to continue. Reads only; the rules that change progress are in progress.py."""

from dataclasses import dataclass, field
from functools import cached_property

from django.utils.translation import pgettext_lazy

from courses.models.records import CourseCompletion, Enrolment, ModuleProgress
from courses.progress import required_modules

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
STATE_LABELS = {
    NOT_STARTED: pgettext_lazy("module status", "Not started"),
    IN_PROGRESS: pgettext_lazy("module status", "In progress"),
    COMPLETED: pgettext_lazy("module status", "Completed"),
}


@dataclass
class ModuleState:
    module: object  # a ModulePage
    state: str

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class CourseProgress:
    course: object  # a CoursePage
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
    def all_done(self) -> bool:
        """Every required module is complete (the course may not be recorded as complete yet)."""
        return bool(self.required) and self.completed_count == self.required_count

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
    modules = modules if modules is not None else course.outline_for(user)
    return _progress(user, [(course, modules)])[0]


def courses_progress(user, courses_and_modules) -> list[CourseProgress]:
    """Progress through several courses, given each with its modules, in three queries."""
    if not courses_and_modules:
        return []
    return _progress(user, courses_and_modules)


def _progress(user, courses_and_modules):
    course_keys = [course.translation_key for course, _modules in courses_and_modules]
    module_keys = [m.translation_key for _course, modules in courses_and_modules for m in modules]
    mine = Enrolment.objects.of(user).filter(course_key__in=course_keys)
    enrolments = {enrolment.course_key: enrolment for enrolment in mine}
    states, completions = {}, {}
    if enrolments:
        rows = ModuleProgress.objects.of(user).filter(module_key__in=module_keys)
        states = {
            key: COMPLETED if done else IN_PROGRESS
            for key, done in rows.values_list("module_key", "completed_at")
        }
        completions = {
            c.course_key: c
            for c in CourseCompletion.objects.of(user).filter(course_key__in=list(enrolments))
        }
    return [
        CourseProgress(
            course=course,
            enrolment=enrolments.get(course.translation_key),
            modules=[
                ModuleState(m, states.get(m.translation_key, NOT_STARTED))
                if course.translation_key in enrolments
                else ModuleState(m, NOT_STARTED)
                for m in modules
            ],
            completion=completions.get(course.translation_key),
        )
        for course, modules in courses_and_modules
    ]
