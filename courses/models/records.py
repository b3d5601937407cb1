"""Each learner's record of taking courses.

Records name courses and modules by their ``translation_key``, which every translation of
a page shares: progress belongs to the course, not to a language (ADR 0008). Every record
is reached through ``visible_to(person)``: a learner sees their own, a training lead their
council's people's, and nobody but its writer a reflection’s text (ADR 0012).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from training.people.models import PersonScopedQuerySet


class LearningRecordQuerySet(PersonScopedQuerySet):
    """A learner's records: their own for them, their council's people's for a training
    lead (the one tenancy rule, training/people/models/tenancy.py)."""


class Enrolment(models.Model):
    """A learner taking a course: self-enrolled now; assigned by a training lead later."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    enrolled_at = models.DateTimeField(default=timezone.now)
    # Where to resume: the module the learner last opened.
    last_module_key = models.UUIDField(null=True, blank=True)
    last_active_at = models.DateTimeField(default=timezone.now)

    objects = LearningRecordQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint("user", "course_key", name="one_enrolment_per_course")
        ]

    def __str__(self):
        return f"{self.user} started {self.course_key}"


class ModuleProgress(models.Model):
    """A learner's state in one module. No row means not started."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_progress"
    )
    course_key = models.UUIDField(db_index=True)
    module_key = models.UUIDField()
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = LearningRecordQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint("user", "module_key", name="one_progress_per_module")
        ]

    def __str__(self):
        return f"{self.user} in {self.module_key}"


class CourseCompletion(models.Model):
    """The permanent record that a learner completed a course, made exactly once.

    It keeps the revision of the course page that was in force and the details a
    certificate shows, so later edits to the course never rewrite it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course_key = models.UUIDField(db_index=True)
    completed_at = models.DateTimeField(default=timezone.now)
    course_revision = models.ForeignKey(
        Revision, on_delete=models.PROTECT, related_name="+", null=True
    )
    course_title = models.CharField(max_length=255)
    language = models.CharField(max_length=8)
    cpd_hours = models.DecimalField(max_digits=4, decimal_places=1)

    objects = LearningRecordQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint("user", "course_key", name="one_completion_per_course")
        ]

    def __str__(self):
        return f"{self.user} completed {self.course_title}"


class ReflectionQuerySet(PersonScopedQuerySet):
    """A reflection's text is for its writer alone: nobody else, not a training lead, an
    editor or a platform admin, reads it through Cotrain. That a reflection was answered
    is in the learning events (Verb.ANSWERED), which never hold the text."""

    def visible_to(self, person):
        if not person.is_authenticated or not person.is_active:
            return self.none()
        return self.of(person)


class Reflection(models.Model):
    """A learner's private answer to a reflection question. Only they can see it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    module_key = models.UUIDField()
    # The reflection block's id, which every translation of the module shares.
    prompt_key = models.UUIDField()
    prompt = models.CharField(max_length=300)
    text = models.TextField(max_length=5000)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        constraints = [
            # A copied page keeps its block ids: the module tells the copies apart.
            models.UniqueConstraint(
                "user", "module_key", "prompt_key", name="one_reflection_per_prompt"
            )
        ]

    def __str__(self):
        return f"{self.user}'s reflection"


class Verb(models.TextChoices):
    """xAPI verbs (https://adlnet.gov/expapi/verbs/...) for what a learner did."""

    REGISTERED = "registered", _("started the course")
    EXPERIENCED = "experienced", _("opened the module")
    ANSWERED = "answered", _("answered a reflection")
    COMPLETED = "completed", _("completed")


class ObjectType(models.TextChoices):
    COURSE = "course", _("course")
    MODULE = "module", _("module")
    REFLECTION = "reflection", _("reflection")


class LearningEventQuerySet(LearningRecordQuerySet):
    person_path = "actor"

    def update(self, **kwargs):
        raise TypeError("Learning events are append-only.")

    def delete(self):
        raise TypeError("Learning events are append-only; they go only with the person.")


class LearningEvent(models.Model):
    """One thing a learner did, append-only and shaped like an xAPI statement.

    Reporting reads these; ``as_xapi()`` gives the statement for export to a learning
    record store. The database refuses updates (see the migration's triggers).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_events"
    )
    verb = models.CharField(max_length=20, choices=Verb.choices)
    object_type = models.CharField(max_length=20, choices=ObjectType.choices)
    object_key = models.UUIDField()
    object_title = models.CharField(max_length=255)
    course_key = models.UUIDField(db_index=True)
    result = models.JSONField(null=True, blank=True)
    language = models.CharField(max_length=8)
    timestamp = models.DateTimeField(default=timezone.now, db_index=True)

    objects = LearningEventQuerySet.as_manager()

    class Meta:
        ordering = ["timestamp"]
        indexes = [models.Index(fields=["actor", "course_key"])]

    def __str__(self):
        return f"{self.actor} {self.verb} {self.object_title}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError("Learning events are append-only.")
        super().save(*args, **kwargs)

    def as_xapi(self) -> dict:
        base = settings.SITE_URL
        statement = {
            "id": str(self.id),
            "actor": {
                "objectType": "Agent",
                "account": {"homePage": base, "name": str(self.actor_id)},
            },
            "verb": {
                "id": f"http://adlnet.gov/expapi/verbs/{self.verb}",
                "display": {"en-GB": self.verb},
            },
            "object": {
                "objectType": "Activity",
                "id": f"{base}/xapi/{self.object_type}/{self.object_key}",
                "definition": {"name": {self.language: self.object_title}},
            },
            "context": {
                "language": self.language,
                "contextActivities": {"parent": [{"id": f"{base}/xapi/course/{self.course_key}"}]},
            },
            "timestamp": self.timestamp.isoformat(),
        }
        if self.result:
            statement["result"] = self.result
        return statement
