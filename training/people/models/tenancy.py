"""The one tenancy rule: who may see which council's records, and whose learning.

A training lead manages the councils where they have an active membership as a lead; a
platform admin manages every council. Everything that belongs to a council is reached
through ``managed_by(person)``, and everything about one person (their learning) through
``visible_to(person)``: their own, and those of the people a lead manages. See
docs/tenancy.md and ADR 0005.
"""

from django.db import models
from django.db.models import Q


def is_platform_admin(person) -> bool:
    return person.is_authenticated and person.is_active and person.is_superuser


class CouncilQuerySet(models.QuerySet):
    def managed_by(self, person):
        """The councils whose people and records this person may manage."""
        if not person.is_authenticated or not person.is_active:
            return self.none()
        if person.is_superuser:
            return self
        return self.filter(
            memberships__user=person,
            memberships__is_training_lead=True,
            memberships__is_active=True,
        ).distinct()


class CouncilScopedQuerySet(models.QuerySet):
    """Records that belong to a council. ``council_path`` says how to reach it."""

    council_path = "council"

    def managed_by(self, person):
        if is_platform_admin(person):
            return self
        return self.filter(
            **{f"{self.council_path}__in": councils_at(self.model, self.council_path, person)}
        )


def related_model(model, path: str):
    """The model at the end of a lookup path (``"user__memberships__council"``), found from
    the fields, so this module needs to import none of the models it scopes."""
    for name in path.split("__"):
        model = model._meta.get_field(name).related_model
    return model


def councils_at(model, path: str, person):
    """The councils this person manages, as the model reached by ``path`` from ``model``."""
    return related_model(model, path)._default_manager.managed_by(person)


class PersonScopedQuerySet(models.QuerySet):
    """Records about one person, such as their learning. ``person_path`` says how to
    reach them. A person sees their own; a training lead those of their councils' people;
    a platform admin everyone's; nobody signed out or inactive sees any."""

    person_path = "user"

    def visible_to(self, person):
        if not person.is_authenticated or not person.is_active:
            return self.none()
        if person.is_superuser:
            return self
        # The people in the councils this person manages: the council rule, through the
        # person's own managed_by (User.objects.managed_by).
        people = related_model(self.model, self.person_path)._default_manager.managed_by(person)
        own = Q(**{self.person_path: person})
        return self.filter(own | Q(**{f"{self.person_path}__in": people.values("pk")}))

    def of(self, person):
        """This person's own records (what they see about themselves)."""
        return self.filter(**{self.person_path: person})
