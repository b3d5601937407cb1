from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from training.core import page_cache
from training.core.blocks.rendering import render_stream
from training.core.protected_media import media_url

register = template.Library()

SWITCHER = page_cache.register_namespace(
    "switcher", "the address of each page's live translations (or its nearest ancestor's)"
)


def _page_urls(page, request) -> dict[str, str]:
    """The live translations of a page (or of its nearest translated ancestor), by language."""
    # The page first, then its ancestors from the nearest up: two queries in all.
    chain = [page, *reversed(page.get_ancestors().filter(depth__gt=1))]
    order = {link.translation_key: position for position, link in enumerate(chain)}
    translations = sorted(
        Page.objects.live().filter(translation_key__in=order).select_related("locale"),
        key=lambda translation: order[translation.translation_key],
    )
    urls = {}
    for translation in translations:
        urls.setdefault(translation.locale.language_code, translation.get_url(request))
    return urls


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in each language, each named in its own language.

    A Wagtail page links to its translation; where there is none yet, to the nearest
    page above it that has one.
    """
    request = context["request"]
    current = get_language()
    page = context.get("page")
    page_urls = {}
    if isinstance(page, Page) and page.pk:
        page_urls = page_cache.remembered(
            SWITCHER,
            (page.pk, request.get_host()),
            lambda: _page_urls(page, request),
            valid=lambda urls: isinstance(urls, dict),
        )
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "current": code == current,
                "url": page_urls.get(code) or translate_url(request.get_full_path(), code),
            }
        )
    return {"language_links": links}


@register.simple_tag(takes_context=True)
def stream(context, body, owner=None):
    """A StreamField's blocks, the cacheable ones from the page cache. ``owner`` is the
    object whose protected files the blocks show (see protected_media_url)."""
    return render_stream(body, lambda: {**context.flatten(), "media_owner": owner})


@register.simple_tag
def protected_media_url(owner, block_id, part):
    """Where a block's protected file is served, after asking its owner."""
    return media_url(owner, block_id, part)
