from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from .models import CoursePage, Enrolment, ModulePage, ModuleProgress


def _has_learner_records(page) -> bool:
    keys = [
        p.translation_key for p in page.get_descendants(inclusive=True).type(CoursePage, ModulePage)
    ]
    return (
        Enrolment.objects.filter(course_key__in=keys).exists()
        or ModuleProgress.objects.filter(module_key__in=keys).exists()
    )


def _refuse_deleting(request, page):
    messages.error(
        request,
        _(
            "“%(title)s” cannot be deleted because learners have started it. "
            "Unpublish it instead: their records are kept."
        )
        % {"title": page.get_admin_display_title()},
    )
    return redirect("wagtailadmin_explore", page.get_parent().id)


@hooks.register("before_delete_page")
def keep_pages_with_learner_records(request, page):
    """Learners' records name these pages: unpublish them instead, so nothing is lost."""
    return _refuse_deleting(request, page) if _has_learner_records(page) else None


@hooks.register("before_bulk_action")
def keep_pages_with_learner_records_in_bulk(request, action_type, objects, action_class):
    if action_type != "delete":
        return None
    for page in objects:
        if isinstance(page, Page) and _has_learner_records(page):
            return _refuse_deleting(request, page)
    return None
