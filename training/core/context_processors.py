from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from training.people.roles import Role, roles_of


def _page_section(request):
    """The menu section a Wagtail page says it belongs to (course pages: the catalogue)."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name != "wagtail_serve":
        return None
    # Wagtail has routed this request already; this reads its cached answer.
    route = Page.route_for_request(request, match.args[0] if match.args else "")
    return getattr(route[0].specific_class, "menu_section", None) if route else None


def _is_current(path, url_name):
    # "My council" redirects to /councils/<code>/, so pages there belong to it too.
    if path.startswith(reverse(url_name)):
        return True
    return url_name == "people:my_council" and path.startswith(_councils_prefix())


def _councils_prefix():
    return reverse("people:council", args=["X"]).rsplit("X", 1)[0]


def navigation(request):
    """The header's links: one for each home the signed-in person has."""
    user = getattr(request, "user", None)
    links = []
    if user is not None and user.is_authenticated:
        roles = roles_of(user)
        links.append(("courses:my_learning", _("My learning")))
        links.append(("courses:catalogue", _("Find a course")))
        if Role.CO_TRAINER in roles:
            links.append(("case_studies:my_stories", _("My stories")))
            links.append(("courses:review_list", _("Courses to review")))
        if roles & {Role.TRAINING_LEAD, Role.PLATFORM_ADMIN}:
            links.append(("people:my_council", _("My council")))
        if roles & {Role.EDITOR, Role.PLATFORM_ADMIN}:
            links.append(("wagtailadmin_home", _("Content admin")))
    path, section = request.path, _page_section(request) if links else None
    return {
        "nav_links": [
            {
                "url": reverse(name),
                "label": label,
                "active": section == name or _is_current(path, name),
            }
            for name, label in links
        ],
        "invitation_days": settings.INVITATION_DAYS,
        "dev_outbox_enabled": getattr(settings, "DEV_OUTBOX_ENABLED", False) and settings.DEBUG,
    }
