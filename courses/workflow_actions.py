"""What happens when the "Course review" workflow's last step approves a page.

Wagtail imports this while it loads its own models (WAGTAIL_FINISH_WORKFLOW_ACTION), so
it imports nothing from Wagtail's models at module level.
"""


def publish_reviewed_revision(workflow_state, user=None):
    """Publish the revision that every step approved.

    Editors may not publish course pages by hand (courses/models/permissions.py), so the approval itself
    publishes. Every revision is complete (captions and transcripts are checked on each
    save), and editing a page under review starts the review again
    (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT).
    """
    from wagtail.actions.publish_page_revision import PublishPageRevisionAction
    from wagtail.models import Page

    page = workflow_state.content_object
    revision = page.get_latest_revision()
    if isinstance(page, Page):
        PublishPageRevisionAction(revision, user=user).execute(skip_permission_checks=True)
    else:  # snippets under a workflow publish as Wagtail does
        revision.publish(user=user)
