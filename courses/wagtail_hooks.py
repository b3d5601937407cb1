from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from . import publishing, translations
from .models import CoursePage, Enrolment, LearnerPageMixin, ModulePage, ModuleProgress

SUBMIT_TRANSLATION = "cotrain-submit-translation"  # the translation editor's own button


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
def check_pages_in_bulk(request, action_type, objects, action_class):
    """Bulk deleting keeps pages learners started; bulk publishing is all or nothing."""
    if action_type == "delete":
        for page in objects:
            if isinstance(page, Page) and _has_learner_records(page):
                return _refuse_deleting(request, page)
    if action_type == "publish":
        pages = [page.specific for page in objects if isinstance(page, Page)]
        problems = [
            problem
            for page in pages
            if isinstance(page, LearnerPageMixin)
            for problem in publishing.publishing_problems(page.get_latest_revision_as_object())
        ]
        for problem in problems:
            messages.error(request, problem)
        if problems:
            return redirect("wagtailadmin_explore", pages[0].get_parent().id)
    return None


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor
def review_translations(request, page):
    """In wagtail-localize's translation editor, a course or module is submitted for review
    (Cotrain's own button), and its Publish is refused while strings are still in English."""
    if request.method != "POST" or not isinstance(page.specific, LearnerPageMixin):
        return None
    translation = translations.synced_translation(page)
    if translation is None:
        return None
    if SUBMIT_TRANSLATION in request.POST:
        return _submit_translation(request, page.specific, translation)
    if request.POST.get("action") == "publish":
        if not page.permissions_for_user(request.user).can_publish():
            messages.error(
                request,
                _("“%(title)s” cannot be published directly: submit it for review.")
                % {"title": page.title},
            )
            return redirect(request.path)
        problems = publishing.publishing_problems(page.specific)
        for problem in problems:
            messages.error(request, problem)
        if problems:
            return redirect(request.path)
    return None


def _submit_translation(request, page, translation):
    if not page.permissions_for_user(request.user).can_send_for_review():
        messages.error(request, _("You cannot submit this page for review."))
        return redirect(request.path)
    problem = publishing.untranslated_problem(page, for_review=True)
    if problem:
        messages.error(request, problem)
        return redirect(request.path)
    try:
        submitted = translations.submit_for_review(page, translation, request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(request.path)
    messages.success(
        request,
        _(
            "“%(title)s” has been submitted for review. A parent co-trainer credited on the "
            "course reviews it first, then an editor."
        )
        % {"title": submitted.title},
    )
    return redirect(request.path)
