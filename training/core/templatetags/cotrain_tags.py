from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import get_language, get_language_info, gettext, override, pgettext
from wagtail.models import Page

from training.core import languages, page_cache
from training.core.blocks.rendering import render_stream
from training.core.protected_media import media_url

register = template.Library()

SWITCHER = page_cache.register_namespace("switcher", "the address of each page's live translations")
UNTRANSLATED = "translation"  # ?translation=cy: the language asked for, which the page lacks


def _page_urls(page, request) -> dict[str, str]:
    """The live translations of a page (itself included), by language: one query. An alias
    of the page in another language (wagtail-localize makes one of an untranslated parent)
    shows that page's own words: not a translation."""
    translations = Page.objects.live().filter(
        Q(alias_of__isnull=True) | Q(pk=page.pk), translation_key=page.translation_key
    )
    return {
        languages.language_of(translation): translation.get_url(request)
        for translation in translations
    }


def _translations(context) -> dict[str, str] | None:
    """The addresses of the context's Wagtail page in each language, or None elsewhere."""
    request, page = context["request"], context.get("page")
    if not (isinstance(page, Page) and page.pk):
        return None
    return page_cache.remembered(
        SWITCHER,
        (page.pk, request.get_host()),
        lambda: _page_urls(page, request),
        valid=lambda urls: isinstance(urls, dict),
    )


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this same page in each language, each named in its own language.

    A Wagtail page links to its translation; where there is none yet, to itself, saying
    so (``untranslated_notice``): the learner stays where they are.
    """
    request = context["request"]
    current = get_language()
    page_urls = _translations(context)
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url, translated = translate_url(request.get_full_path(), code), True
        if page_urls is not None:
            translated = code in page_urls
            url = page_urls.get(code) or f"{request.path}?{urlencode({UNTRANSLATED: code})}"
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "current": code == current,
                "url": url,
                "translated": translated,
            }
        )
    return {"language_links": links}


# What a page with no translation says, in the language the learner asked for.
_NOT_TRANSLATED = {
    "cy": lambda: pgettext(
        "page not translated", "This page is not available in Welsh yet. It is shown in English."
    ),
    "en": lambda: pgettext(
        "page not translated", "This page is not available in English yet. It is shown in Welsh."
    ),
}


@register.inclusion_tag("includes/untranslated_notice.html", takes_context=True)
def untranslated_notice(context):
    """After choosing a language this page is not in: a banner saying so, in that language."""
    wanted = context["request"].GET.get(UNTRANSLATED)
    page_urls = _translations(context)
    if page_urls is None or wanted not in _NOT_TRANSLATED or wanted in page_urls:
        return {"shown": False}
    with override(wanted):
        return {
            "shown": True,
            "language": wanted,
            "title": gettext("Important"),
            "text": _NOT_TRANSLATED[wanted](),
        }


@register.filter
def content_language(page) -> str:
    """The language code of a page's content, for its lang attribute (WCAG 3.1.2)."""
    return languages.language_of(page)


@register.simple_tag(takes_context=True)
def stream(context, body, owner=None):
    """A StreamField's blocks, the cacheable ones from the page cache. ``owner`` is the
    object whose protected files the blocks show (see protected_media_url)."""
    return render_stream(body, lambda: {**context.flatten(), "media_owner": owner})


@register.simple_tag
def protected_media_url(owner, block_id, part):
    """Where a block's protected file is served, after asking its owner."""
    return media_url(owner, block_id, part)


@register.filter
def title_in_its_language(page):
    """A page's title marked with its language, to sit inside a sentence of the interface."""
    return format_html('<span lang="{}">{}</span>', languages.language_of(page), page.title)


_ONLY_IN = {"en": lambda: gettext("In English only"), "cy": lambda: gettext("In Welsh only")}


@register.simple_tag
def only_in_its_language(page):
    """A tag saying a page is shown in another language than the interface's, if it is."""
    code = languages.language_of(page)
    if code == get_language() or code not in _ONLY_IN:
        return ""
    return format_html(
        '<strong class="govuk-tag govuk-tag--grey cotrain-language-tag">{}</strong>',
        _ONLY_IN[code](),
    )
