from django.urls import path

from . import protected_media, views

app_name = "core"

urlpatterns = [
    path(
        "accessibility-statement/",
        views.accessibility_statement,
        name="accessibility_statement",
    ),
    path("privacy/", views.privacy_notice, name="privacy_notice"),
    path("signed-out/", views.signed_out, name="signed_out"),
    path("dev/outbox/", views.outbox_list, name="outbox"),
    path("dev/outbox/<str:message_id>/", views.outbox_detail, name="outbox_message"),
    path(
        "files/<slug:kind>/<id:owner_id>/<uuid:block_id>/<slug:part>/",
        protected_media.serve,
        name="protected_media",
    ),
]
