from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models import CourseIndexPage
        from .setup import catalogue_created, ensure_after_migrate

        post_migrate.connect(ensure_after_migrate, sender=self)
        post_save.connect(catalogue_created, sender=CourseIndexPage)
