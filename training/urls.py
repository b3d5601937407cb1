from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.i18n import set_language
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from training.core import routing, uploaded_files
from training.core import views as core_views

urlpatterns = [
    path("health/", core_views.health, name="health"),
    # One sign-in for everyone, with lockout and two-factor: Wagtail's own form is not used.
    path(
        "admin/login/",
        login_not_required(RedirectView.as_view(pattern_name="people:sign_in", query_string=True)),
    ),
    # Where Wagtail's own privacy check sends the people it turns away.
    path("_util/login/", core_views.refused_by_page_privacy, name="wagtailcore_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Every uploaded file, after asking who may open it (uploaded_files.py): MEDIA_URL.
    path(
        settings.MEDIA_URL.lstrip("/") + "<path:name>",
        uploaded_files.serve,
        name="uploaded_file",
    ),
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
]

urlpatterns += i18n_patterns(
    path("", include("training.core.urls")),
    path("", include("training.people.urls")),
    path("", include("courses.urls")),
    path("", include("case_studies.urls")),
    # Wagtail serves pages last, through its own view with routes cached (routing.py).
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    prefix_default_language=False,
)
