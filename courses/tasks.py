"""Background work for courses. Every task is safe to run twice (acks_late redelivers)."""

from celery import shared_task
from django.db import transaction
from wagtail.models import TaskState

from training.people.emails import localised_url, send_templated_email

from .models import CoTrainerReviewTask, ReviewRequestEmail
from .models.review import page_of


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_review_requests(task_state_id) -> int:
    """Email each reviewer of a parent co-trainer review step that waits for them, once
    each, in their own language, with a link to the review on Cotrain's own screens.
    Returns how many were emailed now."""
    state = (
        TaskState.objects.filter(pk=task_state_id, status=TaskState.STATUS_IN_PROGRESS)
        .select_related("workflow_state")
        .first()
    )
    task = state.task.specific if state is not None else None
    if not isinstance(task, CoTrainerReviewTask) or (page := page_of(state)) is None:
        return 0
    draft = state.revision.as_object() if state.revision else page
    sent = 0
    for person in task.reviewers_of(page):
        # One transaction per person: a failed send leaves no record, so a retry sends it.
        with transaction.atomic():
            _record, created = ReviewRequestEmail.objects.get_or_create(
                task_state=state, person=person
            )
            if not created:
                continue
            send_templated_email(
                person,
                "review_waiting",
                {
                    "draft": draft,
                    "course": page.course.get_latest_revision_as_object(),
                    "is_module": page.course.pk != page.pk,
                    "link": localised_url(person, "courses:review_detail", state.pk),
                },
            )
            sent += 1
    return sent


def queue_review_requests(sender, instance, **kwargs):
    """Wagtail's task_submitted signal: a parent co-trainer review step has started."""
    if isinstance(instance.task.specific, CoTrainerReviewTask):
        send_review_requests.delay_on_commit(instance.pk)
