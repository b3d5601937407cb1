from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class PeopleConfig(AppConfig):
    default = True  # this module has two configs; the other is for Wagtail's user admin
    name = "training.people"
    label = "people"
    verbose_name = _("People and councils")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from training.core import menus

        from .roles import Role, has_role
        from .setup import ensure_groups_after_migrate
        from .views.council import councils_prefix

        post_migrate.connect(ensure_groups_after_migrate, sender=self)

        def leads(person):
            return has_role(person, Role.TRAINING_LEAD, Role.PLATFORM_ADMIN)

        def edits(person):
            return has_role(person, Role.EDITOR, Role.PLATFORM_ADMIN)

        menus.register_menu_entry(
            "people:my_council",
            _("My council"),
            order=50,
            shown_to=leads,
            # "My council" redirects to /councils/<code>/: pages there belong to it too.
            also_current_under=lambda: [councils_prefix()],
        )
        menus.register_menu_entry("wagtailadmin_home", _("Content admin"), order=60, shown_to=edits)
        menus.register_home("wagtailadmin_home", priority=100, is_home_of=edits)
        menus.register_home(
            "people:my_council",
            priority=80,
            is_home_of=lambda person: has_role(person, Role.TRAINING_LEAD),
        )


class CotrainUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-and-full-name user."""

    user_viewset = "training.people.admin_views.CotrainUserViewSet"
