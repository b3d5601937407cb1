"""Who may do what. The one place that turns memberships and groups into roles."""

from django.db import models
from django.utils.translation import gettext_lazy as _

EDITORS_GROUP = "Editors"
CO_TRAINERS_GROUP = "Parent co-trainers"


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    CO_TRAINER = "co_trainer", _("Parent co-trainer")
    TRAINING_LEAD = "training_lead", _("Training lead")
    EDITOR = "editor", _("Editor")
    PLATFORM_ADMIN = "platform_admin", _("Platform admin")


# Roles that can see other people's records or publish content sign in with a second factor.
ROLES_NEEDING_TWO_FACTOR = frozenset({Role.TRAINING_LEAD, Role.EDITOR, Role.PLATFORM_ADMIN})


def roles_of(person) -> frozenset[Role]:
    """Every role a person holds. A keyworker can be a learner and a co-trainer at once."""
    if not person.is_authenticated or not person.is_active:
        return frozenset()
    cached = getattr(person, "_cotrain_roles", None)
    if cached is not None:
        return cached
    roles = set()
    if person.is_superuser:
        roles.add(Role.PLATFORM_ADMIN)
    group_names = set(person.groups.values_list("name", flat=True))
    person._cotrain_in_groups = bool(group_names)
    if EDITORS_GROUP in group_names:
        roles.add(Role.EDITOR)
    if CO_TRAINERS_GROUP in group_names:
        roles.add(Role.CO_TRAINER)
    for is_lead in person.memberships.active().values_list("is_training_lead", flat=True):
        roles.add(Role.LEARNER)
        if is_lead:
            roles.add(Role.TRAINING_LEAD)
    person._cotrain_roles = frozenset(roles)
    return person._cotrain_roles


def has_role(person, *roles: Role) -> bool:
    return bool(roles_of(person) & set(roles))


def needs_two_factor(person) -> bool:
    """Leads, editors and admins, and anyone else a group lets into the Wagtail admin."""
    if not person.is_authenticated or not person.is_active:
        return False
    if roles_of(person) & ROLES_NEEDING_TWO_FACTOR:
        return True
    if not getattr(person, "_cotrain_in_groups", True):
        # No group: only a permission given to the person directly opens the admin. Asking
        # for that one is far cheaper than loading every permission on every request.
        return person.user_permissions.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ).exists()
    return person.has_perm("wagtailadmin.access_admin")
