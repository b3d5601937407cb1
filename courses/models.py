"""Courses as Wagtail pages, and each learner's record of taking them.

Content: CourseIndexPage (the catalogue) > CoursePage > ModulePage, translated with
wagtail-localize. Records (enrolments, module progress, completions, reflections and
learning events) name courses and modules by their ``translation_key``, which every
translation of a page shares: progress belongs to the course, not to a language.
"""

import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Revision, Task
from wagtail.search import index

from training.core.pages import view_restrictions_over
from training.people.models import JobRole
from training.people.roles import CO_TRAINERS_GROUP

from .blocks import ModuleBodyBlock

# Pages --------------------------------------------------------------------------------


class JobRolesField(models.JSONField):
    """A list of job role codes, edited as GOV.UK-style checkboxes. Empty means everyone."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=JobRole.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class LearnerPageMixin:
    """What the three course page types share. Views build their context and take their
    POSTs (courses/views.py); publishing goes through review (courses/review.py)."""

    context_builder = ""  # dotted path of a function (request, page) -> dict
    post_handler = ""  # dotted path of a view (request, page) for POSTs, if any
    permission_tester = "courses.review.ReviewedPagePermissionTester"
    menu_section = "courses:catalogue"  # the header's "Find a course" is current here
    route_is_cacheable = True  # routes depend only on the tree (training/core/routing.py)

    def permissions_for_user(self, user):
        return import_string(self.permission_tester)(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(import_string(self.context_builder)(request, self))
        return context

    def route(self, request, path_components):
        # One query for the specific child page, instead of Wagtail's two.
        child_model = self.child_model()
        if path_components and child_model is not None:
            child = child_model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is None:
                raise Http404
            child._cached_parent_obj = self  # so child.get_parent() needs no query
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        return view_restrictions_over(self)

    @classmethod
    def child_model(cls):
        types = cls.allowed_subpage_models()
        return types[0] if len(types) == 1 else None

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and self.post_handler:
            return import_string(self.post_handler)(request, self)
        return super().serve(request, *args, **kwargs)


class CourseIndexPage(LearnerPageMixin, Page):
    """The catalogue: every course a person may see, filtered by job role, with search."""

    context_builder = "courses.catalogue.catalogue_context"
    permission_tester = "courses.review.CataloguePermissionTester"

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")


class CoursePage(LearnerPageMixin, Page):
    context_builder = "courses.views.course_context"
    post_handler = "courses.views.enrol"

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: who it is for and what they will learn."),
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=200))],
        verbose_name=_("learning outcomes"),
        help_text=_("What learners will be able to do. Start each with a verb, like “Explain”."),
        min_num=1,
    )
    audiences = JobRolesField(
        _("who it is for"),
        help_text=_("The job roles the course is written for. Choose none if it is for everyone."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("time to complete, in minutes"), default=60
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"),
        max_digits=4,
        decimal_places=1,
        default=1,
        help_text=_("Continuing professional development hours a learner can record."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("estimated_minutes"), FieldPanel("cpd_hours")],
            heading=_("About the course"),
        ),
        InlinePanel(
            "co_trainers",
            heading=_("Parent co-trainers"),
            label=_("Parent co-trainer"),
            help_text=_(
                "The parent carers who co-delivered this course. Each is credited the way "
                "they chose in their own account."
            ),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def is_for(self, job_roles) -> bool:
        """Whether the course is written for any of these job roles (or for everyone)."""
        return not self.audiences or bool(set(self.audiences) & set(job_roles))

    def audience_labels(self):
        labels = dict(JobRole.choices)
        return [labels[code] for code in self.audiences if code in labels]

    def credits(self) -> list[str]:
        """How the parent co-trainers are named: by name where they chose so, else counted."""
        people = [credit.person for credit in self.co_trainers.select_related("person")]
        named = [person.credit_line() for person in people if person.credit_as != "anonymous"]
        unnamed = len(people) - len(named)
        if unnamed:
            named.append(
                ngettext("a parent carer", "%(count)s parent carers", unnamed) % {"count": unnamed}
            )
        return named


class CourseCoTrainer(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="co_trainers")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="co_delivered_courses",
        limit_choices_to={"groups__name": CO_TRAINERS_GROUP},
        verbose_name=_("parent co-trainer"),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("parent co-trainer")


class ModulePage(LearnerPageMixin, Page):
    context_builder = "courses.views.module_context"
    post_handler = "courses.views.module_action"

    summary = models.CharField(_("summary"), max_length=250, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("time to complete, in minutes"), default=15
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Learners must complete every required module to complete the course."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("is_required")],
            heading=_("Completion"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")


# Learner records ----------------------------------------------------------------------


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

    class Meta:
        constraints = [
            models.UniqueConstraint("user", "course_key", name="one_completion_per_course")
        ]

    def __str__(self):
        return f"{self.user} completed {self.course_title}"


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


class LearningEventQuerySet(models.QuerySet):
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


# Moderation ---------------------------------------------------------------------------


class CoTrainerReviewTask(Task):
    """A workflow step: a parent co-trainer credited on the course approves the page.

    Co-trainers review on Cotrain's own "Courses to review" screens, not in the Wagtail
    admin. Editors cannot pass this step for them; platform admins can, as in Wagtail.
    """

    def reviewers_of(self, page):
        from .review import reviewers_of

        return reviewers_of(page)

    def may_review(self, page, user) -> bool:
        return user.is_active and (
            user.is_superuser or self.reviewers_of(page).filter(pk=user.pk).exists()
        )

    def get_actions(self, obj, user):
        if self.may_review(obj, user):
            return [
                ("reject", _("Ask for changes"), True),
                ("approve", _("Approve"), False),
                ("approve", _("Approve with comment"), True),
            ]
        return []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from .review import task_states_for

        return task_states_for(self, user)

    @classmethod
    def get_description(cls):
        return _("A parent co-trainer credited on the course approves it")

    class Meta:
        verbose_name = _("parent co-trainer review")
        verbose_name_plural = _("parent co-trainer reviews")
