"""Serving pages: Wagtail's own view, with the way to each page remembered.

On every request Wagtail finds the site by its host name (one query), then walks the page
tree from the site's root in the current language, one or two queries per level. Where a
path leads changes only when pages are published, unpublished, moved or deleted, so for
page types that opt in (``route_is_cacheable``) the pages on the way are cached under the
pages version (training/core/page_cache.py), which those changes bump.

A cached route is checked against the database before it is used, in one small query:
every page on it must still be live, at the same place in the tree, with the same live
revision. That query also reads the view restrictions above the page, fresh, for
Wagtail's privacy check. A stale entry (another process published, with no shared cache) therefore
costs only the full walk, never an out-of-date page. Pages are cached as loaded, before
anything renders them; their StreamFields pickle as raw data, so what blocks point to
(images, case studies) is still fetched fresh as they render.

What is found is handed to Wagtail through the attributes it caches its own answers in
(``request._wagtail_site`` and ``request._wagtail_route_for_request``), so everything
else about serving (hooks, view restrictions, ``serve()``) stays Wagtail's.
"""

from django.contrib.auth.decorators import login_not_required
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from . import page_cache
from .visibility import ancestor_paths

SITES = page_cache.register_namespace("site", "the Wagtail site for each host name and port")
ROUTES = page_cache.register_namespace(
    "route", "the pages on the way to each path, in each language", by_language=True
)


def _site_for(request):
    """Wagtail's Site.find_for_request, cached: sites change only in the admin."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request.get_host())[0]
        request._wagtail_site = page_cache.remembered(
            SITES,
            (hostname, request.get_port()),
            lambda: Site.find_for_request(request),  # sets request._wagtail_site
            valid=lambda site: isinstance(site, Site),
        )
    return request._wagtail_site


def _identity(page):
    return (page.pk, page.path, page.url_path, page.live, page.live_revision_id)


def _remember(cached, page):
    """The page and its cacheable ancestors, top down, each cached without its links."""
    chain, level = [], page
    while level is not None and getattr(level, "route_is_cacheable", False):
        copy = level.__class__.__new__(level.__class__)
        copy.__dict__ = {k: v for k, v in level.__dict__.items() if k != "_cached_parent_obj"}
        chain.append(copy)
        level = getattr(level, "_cached_parent_obj", None)
    cached.set(chain[::-1])


def _recall(chain):
    """The pages of a cached route, if the database says they are still current.

    The same query reads the view restrictions on the page and every page above it, which
    Wagtail checks as it serves the page (see visibility.view_restrictions_over)."""
    page = chain[-1]
    rows = Page.objects.filter(path__in=ancestor_paths(page)).values_list(
        "pk", "path", "url_path", "live", "live_revision_id", "alias_of_id", "view_restrictions"
    )
    current = {row[:5] for row in rows}
    if any(_identity(level) not in current for level in chain):
        return None
    for parent, child in zip(chain, chain[1:], strict=False):
        child._cached_parent_obj = parent  # as Wagtail's own routing sets it
    if not any(row[5] for row in rows):  # aliases take their source's restrictions
        page.view_restriction_ids = {row[6] for row in rows if row[6] is not None}
    return page


def prime_route(request, path):
    """Give Wagtail the route to this path from the cache, or remember the one it finds."""
    site = _site_for(request)
    if site is None:
        return
    cached = page_cache.entry(
        ROUTES, site.pk, "/".join(component for component in path.split("/") if component)
    )
    chain = cached.get()
    page = _recall(chain) if isinstance(chain, list) and chain else None
    if page is not None:
        request._wagtail_route_for_request = RouteResult(page)
        return
    route = Page.route_for_request(request, path)
    if route is not None:
        page, args, kwargs = route
        if getattr(page, "route_is_cacheable", False) and not args and not kwargs:
            _remember(cached, page)


@login_not_required  # sign-in is checked per page type (training/core/wagtail_hooks.py)
def serve(request, path):
    prime_route(request, path)
    return wagtail_views.serve(request, path)
