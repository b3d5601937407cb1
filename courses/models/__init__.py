"""Courses as Wagtail pages (pages.py), the "Course review" workflow step (review.py) and
each learner's record of taking them (records.py)."""

from .fields import JobRolesField
from .learner_page import LearnerPageMixin
from .pages import CourseCoTrainer, CourseIndexPage, CoursePage, ModulePage
from .records import (
    CourseCompletion,
    Enrolment,
    LearningEvent,
    ModuleProgress,
    ObjectType,
    Reflection,
    Verb,
)
from .review import CoTrainerReviewTask, ReviewRequestEmail

__all__ = [
    "CoTrainerReviewTask",
    "CourseCoTrainer",
    "CourseCompletion",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "JobRolesField",
    "LearnerPageMixin",
    "LearningEvent",
    "ModulePage",
    "ModuleProgress",
    "ObjectType",
    "Reflection",
    "ReviewRequestEmail",
    "Verb",
]
