"""The language each page's content is written in: its locale's.

Pages in one language often show content in another (an English-only course in the Welsh
catalogue, an English module in a Welsh course). Each piece of content is marked with its
own language (WCAG 3.1.2), read from its page's locale without a query per page.
"""

from wagtail.models import Locale

from . import page_cache

LOCALES = page_cache.register_namespace("locales", "each locale's language code, by id")


def _codes() -> dict[int, str]:
    return page_cache.remembered(
        LOCALES,
        (),
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
        valid=lambda codes: isinstance(codes, dict),
    )


def language_of(page) -> str:
    """The language code of the page's content (its locale's)."""
    code = _codes().get(page.locale_id)
    return code if code is not None else page.locale.language_code
