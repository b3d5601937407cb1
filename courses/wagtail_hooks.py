from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, ReferenceIndex

from training.core.pages import can_view

from .models import CoursePage, Enrolment, ModulePage, ModuleProgress
from .review import may_preview


@hooks.register("before_serve_page", order=-10)
def hide_private_pages(page, request, serve_args, serve_kwargs):
    """A signed-in person who may not see a private page gets "not found", not a sign-in loop."""
    if request.user.is_authenticated and not can_view(page, request.user):
        raise Http404


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


@hooks.register("before_serve_document")
def documents_follow_their_modules(document, request):
    """A document that modules use (a handout, a captions file) is served to the people who
    may see one of those modules, or preview it; other documents as Wagtail decides."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(document).filter(base_content_type=page_type)
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    modules = list(ModulePage.objects.filter(pk__in=page_ids))
    if not modules:
        return None
    if any(
        can_view(module, request.user) or may_preview(request.user, module) for module in modules
    ):
        return None
    raise Http404
