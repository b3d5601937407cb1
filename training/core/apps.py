from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "training.core"
    label = "core"
    verbose_name = _("Cotrain site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.urls import register_converter
        from wagtail.models import Page, PageViewRestriction, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from . import checks  # noqa: F401 (registers the system checks)
        from .converters import IdConverter
        from .exports import use_for_wagtail_exports
        from .page_cache import page_saved, pages_changed
        from .site_setup import ensure_site_after_migrate

        # Before any URLconf is read: every app's patterns take ids as <id:...>.
        register_converter(IdConverter, "id")
        post_migrate.connect(ensure_site_after_migrate, sender=self)
        use_for_wagtail_exports()  # every admin CSV export neutralises formulas
        # Everything the page cache holds is derived from pages, restrictions and sites.
        for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
            signal.connect(pages_changed, dispatch_uid=f"cotrain-pages-{id(signal)}")
        for model in (Page, PageViewRestriction, Site):
            post_delete.connect(pages_changed, sender=model, dispatch_uid=f"cotrain-del-{model}")
        for model in (PageViewRestriction, Site):
            post_save.connect(pages_changed, sender=model, dispatch_uid=f"cotrain-save-{model}")
        # Any page saved, whatever its type (post_save names the concrete class as sender).
        post_save.connect(page_saved, dispatch_uid="cotrain-page-saved")
        m2m_changed.connect(
            pages_changed, sender=PageViewRestriction.groups.through, dispatch_uid="cotrain-groups"
        )
