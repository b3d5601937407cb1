"""Parent co-trainer review: the workflow step, and who may decide it or see a draft.

The reviewers of a course (and of each of its modules) are the parent co-trainers
credited on it. A course that credits nobody yet can be reviewed by any co-trainer.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState

from training.people.roles import CO_TRAINERS_GROUP, Role, has_role


def page_of(task_state):
    """The page a review step is about, as its specific type."""
    return Page.objects.filter(pk=task_state.workflow_state.object_id).specific().first()


class CoTrainerReviewTask(Task):
    """A workflow step: a parent co-trainer credited on the course approves the page.

    Co-trainers review on Cotrain's own "Courses to review" screens, not in the Wagtail
    admin. Editors cannot pass this step for them; platform admins can, as in Wagtail.
    """

    def reviewers_of(self, page):
        """The co-trainers credited in the course's latest draft (credits are saved on publish)."""
        people = get_user_model().objects.filter(is_active=True, groups__name=CO_TRAINERS_GROUP)
        course = getattr(page.specific, "course", None)
        if course is None:
            return people
        draft = course.get_latest_revision_as_object()
        credited = [credit.person_id for credit in draft.co_trainers.all()]
        return people.filter(pk__in=credited).distinct() if credited else people

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
        """The open review steps of this task that this person may decide."""
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        if not has_role(user, Role.CO_TRAINER):
            return TaskState.objects.none()
        allowed = [
            state.pk
            for state in states.select_related("workflow_state")
            if (page := page_of(state)) is not None and self.may_review(page, user)
        ]
        return states.filter(pk__in=allowed)

    @classmethod
    def open_review_for(cls, page, user):
        """The open co-trainer review step on this page that this person may decide, if any."""
        task_state = page.current_workflow_task_state
        if task_state is None:
            return None
        task = task_state.task.specific
        if isinstance(task, cls) and task.may_review(page, user):
            return task_state
        return None

    @classmethod
    def open_states_for(cls, user):
        """Every open review step, in every active review task, this person may decide."""
        states = TaskState.objects.none()
        for task in cls.objects.filter(active=True):
            states = states | task.get_task_states_user_can_moderate(user)
        return states.select_related("workflow_state", "revision", "workflow_state__requested_by")

    @classmethod
    def decided_by(cls, person):
        """The parent co-trainer review steps this person decided, latest first."""
        return (
            TaskState.objects.filter(
                task__in=cls.objects.values("pk"),
                finished_by=person,
                status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
            )
            .select_related("revision", "workflow_state")
            .order_by("-finished_at", "-pk")
        )

    @classmethod
    def earlier_reviews(cls, state, person):
        """This person's decisions on the same page before this review step, latest first."""
        workflow_state = state.workflow_state
        return cls.decided_by(person).filter(
            workflow_state__base_content_type_id=workflow_state.base_content_type_id,
            workflow_state__object_id=workflow_state.object_id,
            started_at__lt=state.started_at,
        )

    @classmethod
    def get_description(cls):
        return _("A parent co-trainer credited on the course approves it")

    class Meta:
        verbose_name = _("parent co-trainer review")
        verbose_name_plural = _("parent co-trainer reviews")


class ReviewRequestEmail(models.Model):
    """That a reviewer was emailed about a review step waiting for them: each is emailed
    once, however often the task that sends them runs (courses/tasks.py)."""

    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["task_state", "person"], name="one_review_email_each")
        ]

    def __str__(self):
        return f"Review request {self.task_state_id} to {self.person_id}"


def may_preview(user, page) -> bool:
    """Editors of the page, and its reviewers while it waits for them, may see its draft."""
    if not user.is_authenticated:
        return False
    if page.permissions_for_user(user).can_edit():
        return True
    return CoTrainerReviewTask.open_review_for(page, user) is not None
