from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    name = "training.people"
    label = "people"
    verbose_name = _("People and councils")
    default_auto_field = "django.db.models.BigAutoField"


class CotrainUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-and-full-name user."""

    user_viewset = "training.people.admin_views.CotrainUserViewSet"
