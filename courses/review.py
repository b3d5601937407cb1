"""Parent co-trainer review: who reviews a course page, and what they may see.

The reviewers of a course (and of each of its modules) are the parent co-trainers
credited on it. A course that credits nobody yet can be reviewed by any co-trainer.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, PagePermissionTester, TaskState

from training.people.roles import CO_TRAINERS_GROUP, Role, has_role


def course_for(page):
    """The course a course or module page belongs to."""
    from .models import CoursePage

    page = page.specific if type(page) is Page else page
    if isinstance(page, CoursePage):
        return page
    return CoursePage.objects.filter(path=page.path[: -page.steplen]).first()


def reviewers_of(page):
    """The co-trainers credited in the course's latest draft (credits are saved on publish)."""
    people = get_user_model().objects.filter(is_active=True, groups__name=CO_TRAINERS_GROUP)
    course = course_for(page)
    if course is None:
        return people
    draft = course.get_latest_revision_as_object()
    credited = [credit.person_id for credit in draft.co_trainers.all()]
    return people.filter(pk__in=credited).distinct() if credited else people


def task_states_for(task, user):
    """The open review steps of this task that this person may decide."""
    states = task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
    if user.is_superuser:
        return states
    if not has_role(user, Role.CO_TRAINER):
        return TaskState.objects.none()
    allowed = [
        state.pk
        for state in states.select_related("workflow_state")
        if (page := page_of(state)) is not None and task.may_review(page, user)
    ]
    return states.filter(pk__in=allowed)


def page_of(task_state):
    return Page.objects.filter(pk=task_state.workflow_state.object_id).specific().first()


def open_review_for(page, user):
    """The open co-trainer review step on this page that this person may decide, if any."""
    from .models import CoTrainerReviewTask

    task_state = page.current_workflow_task_state
    if task_state is None:
        return None
    task = task_state.task.specific
    if isinstance(task, CoTrainerReviewTask) and task.may_review(page, user):
        return task_state
    return None


def may_preview(user, page) -> bool:
    """Editors of the page, and its reviewers while it waits for them, may see its draft."""
    if not user.is_authenticated:
        return False
    if page.permissions_for_user(user).can_edit():
        return True
    return open_review_for(page, user) is not None


class ReviewedPagePermissionTester(PagePermissionTester):
    """Course pages are published only through the "Course review" workflow.

    Editors keep every other permission, including unpublishing. Translations of reviewed
    pages, and platform admins, publish as usual.
    """

    reviews_itself = True  # the page itself needs review (a course or a module)
    reviews_children = True  # pages added below it need review

    def _review_applies(self):
        return not self.user.is_superuser and self.page.locale_id == Locale.get_default().pk

    def can_publish(self):
        return super().can_publish() and not (self.reviews_itself and self._review_applies())

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not (
            self.reviews_children and self._review_applies()
        )

    def _may_publish_by_permission(self):
        return PagePermissionTester.can_publish(self)

    def can_set_view_restrictions(self):
        # Making a course private, or cancelling a scheduled publish, needs no review.
        return self._may_publish_by_permission()

    def can_unschedule(self):
        return self._may_publish_by_permission()

    def can_move_to(self, destination):
        # A live page moved into another course would go live there unreviewed.
        moves_live_content = self.page.live and not self.page.is_child_of(destination)
        if moves_live_content and self._review_applies():
            return False
        return super().can_move_to(destination)


class CataloguePermissionTester(ReviewedPagePermissionTester):
    reviews_itself = False  # the catalogue's own introduction needs no parents' review
