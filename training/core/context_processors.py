from django.conf import settings
from wagtail.models import Page

from . import menus


def _page_section(request):
    """The menu entry a Wagtail page says it belongs to (course pages: the catalogue)."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve":
        return None
    # Wagtail has routed this request already; this reads its cached answer.
    route = Page.route_for_request(request, match.args[0] if match.args else "")
    return getattr(route[0].specific_class, "menu_section", None) if route else None


def navigation(request):
    """The header's links: those the apps registered for this person (training/core/menus.py)."""
    user = getattr(request, "user", None)
    entries = menus.menu_for(user) if user is not None else []
    section = _page_section(request) if entries else None
    return {
        "nav_links": [
            {
                "url": entry.url(),
                "label": entry.label,
                "active": section == entry.url_name or entry.is_current(request.path),
            }
            for entry in entries
        ],
        "invitation_days": settings.INVITATION_DAYS,
        "dev_outbox_enabled": getattr(settings, "DEV_OUTBOX_ENABLED", False) and settings.DEBUG,
    }
