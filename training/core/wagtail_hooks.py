from django.contrib.auth.views import redirect_to_login
from wagtail import hooks


@hooks.register("before_serve_page")
def require_sign_in_for_pages(page, request, serve_args, serve_kwargs):
    """Pages need a signed-in person unless their type says it is public (see HomePage)."""
    if request.user.is_authenticated or getattr(page.specific_class, "is_public_page_type", False):
        return None
    return redirect_to_login(request.get_full_path())
