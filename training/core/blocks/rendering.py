"""Rendering a StreamField, with the HTML of cacheable blocks from the page cache."""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from training.core import page_cache

from .cacheability import is_cacheable

STREAM_HTML = page_cache.register_namespace(
    "stream-html",
    "the HTML of the cacheable blocks of a StreamField, by their exact content",
    by_language=True,
)


def _cacheable(block) -> bool:
    # Block definitions live as long as the process; ask each once.
    known = getattr(block, "_cotrain_cacheable", None)
    if known is None:
        known = block._cotrain_cacheable = is_cacheable(block)
    return known


def _content_hash(children) -> str:
    """The blocks' content as they render it now: converted to their stored form from the
    values in memory (which a preview or a translation may have changed since loading)."""
    content = json.dumps(
        [child.get_prep_value() for child in children], sort_keys=True, cls=DjangoJSONEncoder
    )
    return hashlib.sha256(content.encode()).hexdigest()


def render_stream(body, context) -> str:
    """Each block as ``{% include_block block with block_id=block.id %}`` renders it.

    Cacheable blocks (cacheability.py) come from the page cache, keyed by their exact
    content and the language, so a draft, a preview or another page with the same text is
    never shown the wrong HTML; they render with nothing but their own value and id. Every
    other block renders now, with the full context (``context`` is a dict, or a callable
    that makes one, called only if a block needs it)."""
    children = list(body)
    cacheable = [child for child in children if child.id and _cacheable(child.block)]
    cached = page_cache.entry(STREAM_HTML, _content_hash(cacheable)) if cacheable else None
    known = cached.get() if cached else None
    known = known if isinstance(known, dict) else {}
    new, parts, full_context = {}, [], None
    cacheable_ids = {child.id for child in cacheable}
    for child in children:
        if child.id in cacheable_ids:
            html = known.get(child.id)
            if html is None:
                html = new[child.id] = str(child.render_as_block(context={"block_id": child.id}))
        else:
            if full_context is None:
                full_context = context() if callable(context) else context
            html = child.render_as_block(context={**full_context, "block_id": child.id})
        parts.append(html)
    if new:
        cached.set({**known, **new})
    return mark_safe("".join(parts))  # noqa: S308 (each part rendered by its block's template)
