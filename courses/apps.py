from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from training.core import menus, protected_media, requirements
        from training.people.roles import Role, has_role

        from . import reflections
        from .blocks import REFLECTION_ANSWERED
        from .models import CourseIndexPage, ModulePage
        from .setup import catalogue_created, ensure_after_migrate
        from .tasks import queue_review_requests

        post_migrate.connect(ensure_after_migrate, sender=self)
        task_submitted.connect(queue_review_requests, sender=TaskState)
        post_save.connect(catalogue_created, sender=CourseIndexPage)
        requirements.register(REFLECTION_ANSWERED, reflections.answered)
        protected_media.register_owner(ModulePage)

        def everyone(person):
            return True

        def co_trainers(person):
            return has_role(person, Role.CO_TRAINER)

        menus.register_menu_entry(
            "courses:my_learning", _("My learning"), order=10, shown_to=everyone
        )
        menus.register_menu_entry(
            "courses:catalogue", _("Find a course"), order=20, shown_to=everyone
        )
        menus.register_menu_entry(
            "courses:review_list", _("Courses to review"), order=40, shown_to=co_trainers
        )
        menus.register_home("courses:my_learning", priority=0, is_home_of=everyone)
