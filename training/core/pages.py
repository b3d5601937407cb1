"""Which live pages a person may see: the one rule for private pages.

Wagtail's view restrictions (pages private to signed-in people or to groups) are checked
when a page is served. Lists, search results and media must apply the same rule, or
private titles leak: these functions do that, for any queryset of pages.
"""

from wagtail.models import Page, PageViewRestriction


def _group_ids(person) -> frozenset[int]:
    cached = getattr(person, "_cotrain_group_ids", None)
    if cached is None:
        cached = frozenset(person.groups.values_list("id", flat=True))
        person._cotrain_group_ids = cached
    return cached


def passes(restriction, person) -> bool:
    """Whether this person may see pages behind this restriction."""
    if not person.is_authenticated or not person.is_active:
        return False
    if person.is_superuser:
        return True
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return True
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return bool(_group_ids(person) & {group.id for group in restriction.groups.all()})
    return False  # shared passwords are switched off (WAGTAIL_PRIVATE_PAGE_OPTIONS)


def hidden_paths(person) -> list[str]:
    """Tree paths of pages whose subtrees are hidden from a person: private pages they may
    not see, and unpublished pages (a live page below an unpublished one stays hidden)."""
    cached = getattr(person, "_cotrain_hidden_paths", None)
    if cached is None:
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        cached = [r.page.path for r in restrictions if not passes(r, person)]
        cached += Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list(
            "path", flat=True
        )
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
