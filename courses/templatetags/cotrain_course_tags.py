from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from training.core.pages import CACHE_SECONDS, cached, pages_version

from ..blocks import SAME_FOR_EVERY_LEARNER
from ..media import media_url
from ..progress import REFLECTION_MAX_LENGTH

register = template.Library()


@register.simple_tag
def module_media_url(page, block_id, part):
    return media_url(page, block_id, part)


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


@register.simple_tag(takes_context=True)
def module_body(context, page):
    """A module's body, each block as {% include_block block with block_id=block.id %}
    renders it. Blocks that read the same for every learner and hold all they show
    (blocks.SAME_FOR_EVERY_LEARNER) are cached with the module's live revision, in one
    entry per module and language: most of a module is text, and every learner reads it."""
    request = context.get("request")
    use_cache = bool(page.live_revision_id) and not getattr(request, "is_preview", False)
    # The pages version too: a rich text link names another page, whose address can change.
    key = (
        f"cotrain:module-body:{pages_version()}:{page.pk}:{page.live_revision_id}:{get_language()}"
    )
    known = cached(key) if use_cache else None
    known = known if isinstance(known, dict) else {}
    parts, new, page_context = [], {}, None
    for block in page.body:
        if use_cache and block.id and block.block_type in SAME_FOR_EVERY_LEARNER:
            html = known.get(block.id)
            if html is None:
                html = new[block.id] = str(block.render_as_block(context={"block_id": block.id}))
        else:
            page_context = page_context or context.flatten()
            html = block.render_as_block(context={**page_context, "block_id": block.id})
        parts.append(html)
    if new:
        cache.set(key, {**known, **new}, CACHE_SECONDS)
    return mark_safe("".join(parts))  # noqa: S308 (each part rendered by its block's template)
