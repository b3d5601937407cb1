"""The course review workflow and the editors' permissions for course content.

Runs after every ``migrate`` and whenever a catalogue page is created. Safe to run again.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from training.core.site_setup import permission
from training.people.roles import EDITORS_GROUP

WORKFLOW_NAME = "Course review"
CO_TRAINER_STEP = "Parent co-trainer review"
EDITOR_STEP = "Editor approval"
# Editors add and choose the images, documents and recordings that modules use.
COLLECTION_PERMISSIONS = [
    ("wagtailimages", ["add_image", "change_image", "choose_image"]),
    ("wagtaildocs", ["add_document", "change_document", "choose_document"]),
    ("wagtailmedia", ["add_media", "change_media"]),
]


def submit_translation_permission():
    """wagtail-localize's "Can submit translations". It is made by a data migration, which a
    flushed test database no longer has: made here the same way if it is missing."""
    content_type, _ = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )[0]


@transaction.atomic
def ensure_course_workflow():
    from .models import CoTrainerReviewTask, CourseIndexPage

    editors, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    co_trainer_step = CoTrainerReviewTask.objects.filter(name=CO_TRAINER_STEP).first()
    if co_trainer_step is None:
        co_trainer_step = CoTrainerReviewTask.objects.create(name=CO_TRAINER_STEP)
    editor_step = GroupApprovalTask.objects.filter(name=EDITOR_STEP).first()
    if editor_step is None:
        editor_step = GroupApprovalTask.objects.create(name=EDITOR_STEP)
        editor_step.groups.set([editors])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=co_trainer_step, sort_order=0)
        WorkflowTask.objects.create(workflow=workflow, task=editor_step, sort_order=1)
    for catalogue in CourseIndexPage.objects.filter(workflowpage__isnull=True):
        WorkflowPage.objects.create(page=catalogue, workflow=workflow)

    root = Collection.get_first_root_node()
    if root is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS:
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root, permission=permission(app_label, codename)
                )
    editors.permissions.add(submit_translation_permission())
    return workflow


def ensure_after_migrate(sender, **kwargs):
    from django.db import connection

    from .models import CoTrainerReviewTask

    if CoTrainerReviewTask._meta.db_table in connection.introspection.table_names():
        ensure_course_workflow()


def catalogue_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(ensure_course_workflow)
