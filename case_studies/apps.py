from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseStudiesConfig(AppConfig):
    name = "case_studies"
    verbose_name = _("Case studies and testimonies")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from training.core import menus
        from training.people.roles import Role, has_role

        def co_trainers(person):
            return has_role(person, Role.CO_TRAINER)

        menus.register_menu_entry(
            "case_studies:my_stories", _("My stories"), order=30, shown_to=co_trainers
        )
        menus.register_home("case_studies:my_stories", priority=60, is_home_of=co_trainers)
