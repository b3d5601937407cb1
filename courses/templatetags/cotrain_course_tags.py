from django import template
from django.utils.translation import gettext as _

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
