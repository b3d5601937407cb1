"""Which live pages a person may see: the one rule for private pages.

Wagtail's view restrictions (pages private to signed-in people or to groups) are checked
when a page is served. Lists, search results and media must apply the same rule, or
private titles leak: these functions do that, for any queryset of pages.
"""

import contextlib
import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.functions import Coalesce
from wagtail.models import Page, PageViewRestriction

# Which pages are private or unpublished changes rarely but is needed on every page, so it
# is cached, under a version that any change to pages or restrictions bumps (see apps.py).
# The time limit bounds how stale a process's own cache can be if CACHE_URL is not shared.
_VERSION_KEY = "cotrain:pages:version"
CACHE_SECONDS = 60


def pages_version() -> int:
    return cache.get_or_set(_VERSION_KEY, time.time_ns, None)


def pages_changed(**kwargs) -> None:
    """Signal receiver: pages were published, unpublished, moved or deleted, or a
    restriction changed. Everything cached about pages is computed again.

    Bumped now and again when the transaction commits: a request in between could read
    the new version with the old rows and cache them under it."""
    cache.set(_VERSION_KEY, time.time_ns(), None)
    transaction.on_commit(lambda: cache.set(_VERSION_KEY, time.time_ns(), None))


def cached(key):
    """What the cache holds under this key, or None. An entry that cannot be read (pickled
    by an older release whose classes have changed) counts as missing, never as an error."""
    try:
        return cache.get(key)
    except Exception:  # any unpickling error
        with contextlib.suppress(Exception):
            cache.delete(key)
        return None


def page_saved(sender, instance, **kwargs) -> None:
    """Signal receiver: a page saved outside publishing (by code, or a draft) may still
    have changed what is live, so cached answers are computed again."""
    if isinstance(instance, Page):
        pages_changed()


def _site_visibility():
    key = f"cotrain:pages:visibility:{pages_version()}"
    found = cached(key)
    if found is None:
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        found = {
            "restrictions": [
                (r.page.path, r.restriction_type, frozenset(g.id for g in r.groups.all()))
                for r in restrictions
            ],
            "unpublished": list(
                Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list(
                    "path", flat=True
                )
            ),
        }
        cache.set(key, found, CACHE_SECONDS)
    return found


def _group_ids(person) -> frozenset[int]:
    cached = getattr(person, "_cotrain_group_ids", None)
    if cached is None:
        cached = frozenset(person.groups.values_list("id", flat=True))
        person._cotrain_group_ids = cached
    return cached


def passes(restriction_type, group_ids, person) -> bool:
    """Whether this person may see pages behind a restriction of this type and groups."""
    if not person.is_authenticated or not person.is_active:
        return False
    if person.is_superuser:
        return True
    if restriction_type == PageViewRestriction.LOGIN:
        return True
    if restriction_type == PageViewRestriction.GROUPS:
        return bool(_group_ids(person) & group_ids)
    return False  # shared passwords are switched off (WAGTAIL_PRIVATE_PAGE_OPTIONS)


def hidden_paths(person) -> list[str]:
    """Tree paths of pages whose subtrees are hidden from a person: private pages they may
    not see, and unpublished pages (a live page below an unpublished one stays hidden)."""
    cached = getattr(person, "_cotrain_hidden_paths", None)
    if cached is None:
        visibility = _site_visibility()
        cached = [
            path
            for path, kind, groups in visibility["restrictions"]
            if not passes(kind, groups, person)
        ]
        cached += visibility["unpublished"]
        person._cotrain_hidden_paths = cached
    return cached


def viewable_by(pages, person):
    """The live pages in this queryset that the person may see."""
    pages = pages.live()
    for path in hidden_paths(person):
        pages = pages.exclude(path__startswith=path)
    return pages


def can_view(page, person) -> bool:
    return page.live and not any(page.path.startswith(path) for path in hidden_paths(person))


def ancestor_paths(page) -> list[str]:
    """The tree paths of a page and every page above it, which follow from its own."""
    steplen = page.steplen
    return [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]


def view_restrictions_over(page):
    """The view restrictions on a page and its ancestors, read fresh from the database (never
    cached: Wagtail checks them as it serves a page). Wagtail's own method needs a query to
    find the ancestors; their paths follow from the page's, so one query does, or none when
    routing has just read them (routing.py sets ``view_restriction_ids``). As in Wagtail, an
    alias has the restrictions of the page it is an alias of."""
    known = getattr(page, "view_restriction_ids", None)
    if known is not None:
        return PageViewRestriction.objects.filter(pk__in=known)
    paths = ancestor_paths(page)
    sources = Page.objects.filter(path__in=paths).values(source=Coalesce("alias_of_id", "id"))
    return PageViewRestriction.objects.filter(page_id__in=sources)
