from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks

from training.core.pages import can_view

from .models import CoursePage, Enrolment, ModulePage, ModuleProgress


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


@hooks.register("before_delete_page")
def keep_pages_with_learner_records(request, page):
    """Learners' records name these pages: unpublish them instead, so nothing is lost."""
    if _has_learner_records(page):
        messages.error(
            request,
            _(
                "“%(title)s” cannot be deleted because learners have started it. "
                "Unpublish it instead: their records are kept."
            )
            % {"title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().id)
    return None
