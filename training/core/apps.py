from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "training.core"
    label = "core"
    verbose_name = _("Cotrain site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .site_setup import ensure_site_after_migrate

        post_migrate.connect(ensure_site_after_migrate, sender=self)
