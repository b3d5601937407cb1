from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses import translations
from courses.reflections import REFLECTION_MAX_LENGTH

register = template.Library()


@register.simple_tag(takes_context=True)
def reflection_field(context, block_id):
    """What a reflection box shows: the learner's saved or just-typed text, and any error."""
    field_id = context.get("reflection_field", "reflection-") + str(block_id)
    course_progress = context.get("course_progress")
    disabled = ""
    if getattr(context.get("request"), "is_preview", False) or context.get("is_review"):
        disabled = _("Learners write their reflection here.")
    elif course_progress is None or not course_progress.is_enrolled:
        disabled = _("Start the course to write your reflection.")
    answers = context.get("answers") or {}
    saved = (context.get("reflections") or {}).get(str(block_id), "")
    errors = dict(context.get("errors") or [])
    return {
        "id": field_id,
        "text": answers.get(str(block_id), saved),
        "saved": bool(saved) and str(block_id) not in answers,
        "error": errors.get(field_id),
        "disabled": disabled,
        "max_length": REFLECTION_MAX_LENGTH,
    }


@register.inclusion_tag("courses/admin/translation_review.html", takes_context=True)
def translation_review(context, page):
    """In wagtail-localize's translation editor: where a course page's translation stands,
    and the button that submits it for review (courses/wagtail_hooks.py)."""
    from courses.models import LearnerPageMixin
    from courses.wagtail_hooks import SUBMIT_TRANSLATION

    page = page.specific
    user = context["request"].user
    if not isinstance(page, LearnerPageMixin):
        return {"shown": False}
    permissions = page.permissions_for_user(user)
    if not permissions.can_send_for_review():
        return {"shown": False}
    state = page.current_workflow_state
    return {
        "shown": True,
        "button_name": SUBMIT_TRANSLATION,
        "untranslated": translations.untranslated(page),
        "in_review": state is not None and state.status == state.STATUS_IN_PROGRESS,
        "waiting_for": page.current_workflow_task,
        "sent_back": state is not None and state.status == state.STATUS_NEEDS_CHANGES,
        "can_publish": permissions.can_publish(),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag
def offer_modules(form, page):
    """wagtail-localize's "Translate" form, for a course: its modules are included (ticked)
    unless the editor unticks them. Adjusts the form before it is drawn; draws nothing."""
    from courses.models import CoursePage

    field = form.fields.get("include_subtree")
    if not isinstance(page, CoursePage) or field is None:
        return ""
    count = page.get_descendants().count()
    bound = form["include_subtree"]  # (drawn already for the hidden fields: change it too)
    field.label = bound.label = ngettext(
        "Include its modules (%(count)s page)", "Include its modules (%(count)s pages)", count
    ) % {"count": count}
    if not form.is_bound:
        form.initial["include_subtree"] = bound.initial = True
    return ""
