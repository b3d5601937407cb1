"""Which live pages a person may see: the one rule for private pages.

Wagtail's view restrictions (pages private to signed-in people or to groups) are checked
when a page is served. Lists, search results and media must apply the same rule, or
private titles leak: these functions do that, for any queryset of pages. A live page
below an unpublished one (a module of an unpublished course) is hidden too.
"""

from django.db.models.functions import Coalesce
from wagtail.models import Page, PageViewRestriction

from . import page_cache

VISIBILITY = page_cache.register_namespace(
    "visibility", "every view restriction and every unpublished page with children"
)


def _site_visibility() -> dict:
    def compute():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return {
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

    return page_cache.remembered(VISIBILITY, (), compute, valid=lambda v: isinstance(v, dict))


def _group_ids(person) -> frozenset[int]:
    known = getattr(person, "_cotrain_group_ids", None)
    if known is None:
        known = frozenset(person.groups.values_list("id", flat=True))
        person._cotrain_group_ids = known
    return known


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
    known = getattr(person, "_cotrain_hidden_paths", None)
    if known is None:
        visibility = _site_visibility()
        known = [
            path
            for path, kind, groups in visibility["restrictions"]
            if not passes(kind, groups, person)
        ]
        known += visibility["unpublished"]
        person._cotrain_hidden_paths = known
    return known


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


class FreshViewRestrictionsMixin:
    """For page types: Wagtail's privacy check reads the restrictions in one query (or none
    after a cached route) instead of two."""

    def get_view_restrictions(self):
        return view_restrictions_over(self)
