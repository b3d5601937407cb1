"""Make sure the site has its locales, landing page and root collection. Safe to run any time.

It runs after every ``migrate`` (and so after a test database is flushed), so a new
deployment, a developer's database and a browser test all start from the same site.
Groups and their permissions belong to the apps that define the roles (people, courses),
which set them up after core, in their own ``post_migrate`` receivers.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site


def permission(app_label, codename):
    """A permission, even straight after a migrate: post_migrate may reach an app before it
    reaches the app that owns the permission, so that app's permissions are created first
    (a no-op when they exist). None for one that a data migration made and a flushed test
    database no longer has (wagtail-localize's submit_translation)."""
    create_permissions(apps.get_app_config(app_label), verbosity=0)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def ensure_site():
    from .models import HomePage

    # After a test database is flushed, cached content type ids point at deleted rows.
    ContentType.objects.clear_cache()
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    # Images, documents and recordings live in collections under this root.
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    home = HomePage.objects.filter(depth=2, locale=english).first()
    if home is None:
        # Wagtail's own "Welcome" page holds the slug we want; replace it.
        for page in root.get_children().filter(slug="home").exclude(content_type__model="homepage"):
            page.delete()
        home = root.add_child(
            instance=HomePage(
                title="Cotrain",
                slug="home",
                locale=english,
                introduction=(
                    "Training for council staff, co-delivered by parent carers of "
                    "disabled children."
                ),
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Cotrain"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def ensure_site_after_migrate(sender, plan=None, **kwargs):
    from django.db import connection

    from .models import HomePage

    if HomePage._meta.db_table in connection.introspection.table_names():
        ensure_site()
