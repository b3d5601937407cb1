"""A person's place in a council."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import JobRole
from .councils import Council, Team
from .tenancy import CouncilScopedQuerySet


class MembershipQuerySet(CouncilScopedQuerySet):
    def active(self):
        return self.filter(is_active=True)


class Membership(models.Model):
    """A person's place in a council: their team, job and whether they lead training."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="memberships")
    team = models.ForeignKey(
        Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="memberships"
    )
    job_role = models.CharField(
        _("job role"), max_length=20, choices=JobRole.choices, default=JobRole.OTHER
    )
    is_training_lead = models.BooleanField(_("training lead"), default=False)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Turn off when someone leaves the council.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MembershipQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["user__full_name"]
        constraints = [
            models.UniqueConstraint("user", "council", name="one_membership_per_council")
        ]

    def __str__(self):
        return f"{self.user} ({self.council})"
