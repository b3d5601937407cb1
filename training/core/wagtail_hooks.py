from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from wagtail import hooks

from .uploaded_files import may_open
from .visibility import can_view


@hooks.register("before_serve_page", order=-10)
def hide_private_pages(page, request, serve_args, serve_kwargs):
    """A signed-in person who may not see a private page gets "not found", not a sign-in loop."""
    if request.user.is_authenticated and not can_view(page, request.user):
        raise Http404


@hooks.register("before_serve_page")
def require_sign_in_for_pages(page, request, serve_args, serve_kwargs):
    """Pages need a signed-in person unless their type says it is public (see HomePage)."""
    if request.user.is_authenticated or getattr(page.specific_class, "is_public_page_type", False):
        return None
    return redirect_to_login(request.get_full_path())


@hooks.register("before_serve_document")
def documents_follow_their_owners(document, request):
    """A document (a module's handout or captions file) is served to the people who manage
    it, and to those some content that uses it shows it to: the rule of every uploaded
    file (uploaded_files.may_open), here for Wagtail's document view. A document nothing
    uses is for its managers only."""
    if may_open(request.user, document):
        return None
    raise Http404
