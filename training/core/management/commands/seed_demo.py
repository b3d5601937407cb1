"""Load demo councils, people and content. Safe to run again; refused in production."""

import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import autodiscover_modules

from training.core.demo import registered_seeders
from training.core.site_setup import ensure_site


class Command(BaseCommand):
    help = "Load the demo data (idempotent). Each app adds its part in its demo.py."

    def handle(self, *args, **options):
        if not getattr(settings, "ALLOW_DEMO_DATA", False):
            raise CommandError(
                "Demo data is refused under these settings (ALLOW_DEMO_DATA is off). "
                "Demo accounts have published passwords and must never reach production."
            )
        ensure_site()
        autodiscover_modules("demo")
        # Wagtail logs every page it creates and publishes; the sign-ins would scroll away.
        wagtail_log = logging.getLogger("wagtail")
        level = wagtail_log.level
        wagtail_log.setLevel(logging.WARNING)
        try:
            for seeder in registered_seeders():
                seeder(self.stdout)
        finally:
            wagtail_log.setLevel(level)
