"""The groups behind the roles, with their permissions. Safe to run any time.

Runs after every ``migrate``, after core has made the page tree's root (see
training/core/site_setup.py), and when the demo is loaded.
"""

from django.contrib.auth.models import Group
from django.db import connection, transaction
from wagtail.models import GroupPagePermission, Page

from training.core.site_setup import permission

from .roles import CO_TRAINERS_GROUP, EDITORS_GROUP

EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("people", "invite_co_trainer"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


@transaction.atomic
def ensure_groups():
    editors, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    editors.permissions.add(*(permission(app, code) for app, code in EDITOR_PERMISSIONS))
    root = Page.get_first_root_node()
    if root is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root, permission=permission("wagtailcore", codename)
            )
    Group.objects.get_or_create(name=CO_TRAINERS_GROUP)


def ensure_groups_after_migrate(sender, **kwargs):
    if GroupPagePermission._meta.db_table in connection.introspection.table_names():
        ensure_groups()
