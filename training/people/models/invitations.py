"""Invitations: emailed, single-use links to join."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import JobRole
from .councils import Council, Team
from .tenancy import CouncilScopedQuerySet


class InvitationKind(models.TextChoices):
    STAFF = "staff", _("Council staff")
    CO_TRAINER = "co_trainer", _("Parent co-trainer")
    # Someone who registered with a council work email, proving they own the address.
    REGISTRATION = "registration", _("Registration")


# How long each kind of link works, in hours.
LINK_HOURS = {InvitationKind.REGISTRATION: 24}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(CouncilScopedQuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def find_pending(self, token: str):
        return self.pending().filter(token_hash=hash_token(token)).select_related("user").first()


class Invitation(models.Model):
    """An emailed link that lets a person join: set a password for a new account, or, for
    someone who already has an account, accept a place in another council.

    Only a hash of the token is stored, so a database leak leaks no working links.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations"
    )
    kind = models.CharField(max_length=12, choices=InvitationKind.choices)
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_sent",
    )
    # For someone who already has an account: their team and job there once they accept.
    team = models.ForeignKey(Team, on_delete=models.SET_NULL, null=True, blank=True)
    job_role = models.CharField(max_length=20, choices=JobRole.choices, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [("invite_co_trainer", "Can invite parent co-trainers")]
        constraints = [
            # Parent co-trainers are invited by editors and never belong to a council invite.
            models.CheckConstraint(
                condition=models.Q(kind__in=["staff", "registration"], council__isnull=False)
                | models.Q(kind="co_trainer", council__isnull=True),
                name="invitation_kind_matches_council",
            ),
        ]

    def __str__(self):
        return f"Invitation for {self.user.email}"

    def issue_token(self) -> str:
        """Give the invitation a fresh link (INVITATION_DAYS; a day for registrations)."""
        token = secrets.token_urlsafe(32)
        self.token_hash = hash_token(token)
        hours = LINK_HOURS.get(self.kind, settings.INVITATION_DAYS * 24)
        self.expires_at = timezone.now() + timedelta(hours=hours)
        return token

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()
