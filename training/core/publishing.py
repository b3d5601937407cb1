"""A publish refused for reasons people can read, wherever in the admin it was asked for.

The apps decide what a page needs before it may go live (courses/publishing.py) and raise
``PublishRefused`` at the one place every publish ends. Wagtail's admin views, bulk
actions, workflow approvals and wagtail-localize know nothing of it, so this middleware
turns the refusal into an error message on the page's edit screen instead of an error page.
Nothing was published: the refusal comes before the page is saved as live, and a workflow
approval that would have published it is rolled back with it.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

ADMIN_PREFIX = "/admin/"


class PublishRefused(Exception):
    """This page may not be published: ``reasons`` say why, in words for the person.

    Not a PermissionDenied: the admin would turn that into its own "you do not have
    permission" before this middleware could say why.
    """

    def __init__(self, page, reasons):
        self.page = page
        self.reasons = [str(reason) for reason in reasons]
        super().__init__(" ".join(self.reasons))


class PublishRefusedMiddleware:
    """In the admin, a refused publish comes back as messages on the page's edit screen."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishRefused):
            return None
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None  # only the admin publishes
        for reason in exception.reasons:
            messages.error(request, reason)
        edit_screen = reverse("wagtailadmin_pages:edit", args=[exception.page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow dialogs follow the redirect they are given.
            return JsonResponse({"step": "success", "redirect": edit_screen})
        return redirect(edit_screen)
