"""People, councils, teams, memberships and invitations.

Everything that belongs to a council is reached through ``managed_by(person)``: the one
tenancy rule. A training lead sees the councils they lead; a platform admin sees all.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class JobRole(models.TextChoices):
    SOCIAL_WORKER = "social_worker", _("Social worker")
    SENCO = "senco", _("SENCO")
    EHC_COORDINATOR = "ehc_coordinator", _("EHC plan co-ordinator")
    HEALTH = "health", _("Health")
    EARLY_HELP = "early_help", _("Early help")
    MANAGER = "manager", _("Manager")
    OTHER = "other", _("Other")


class CreditChoice(models.TextChoices):
    """How a parent co-trainer is named on the courses they co-delivered. Their choice."""

    ANONYMOUS = "anonymous", _("Not by name: as “a parent carer”")
    FIRST_NAME = "first_name", _("By my first name")
    FULL_NAME = "full_name", _("By my full name")
    OTHER = "other", _("By another name I choose")


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


# Councils ---------------------------------------------------------------------


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


class Council(models.Model):
    name = models.CharField(_("name"), max_length=120)
    gss_code = models.CharField(
        _("GSS code"), max_length=9, unique=True, help_text=_("ONS code, like E09000002.")
    )
    dfe_code = models.PositiveSmallIntegerField(
        _("DfE local authority code"), unique=True, null=True, blank=True
    )
    region_code = models.CharField(_("region code"), max_length=9, blank=True)
    region_name = models.CharField(_("region"), max_length=60, blank=True)
    is_active = models.BooleanField(
        _("uses Cotrain"),
        default=False,
        help_text=_("Only councils that use Cotrain accept registrations and invitations."),
    )

    objects = CouncilQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("people:council", args=[self.gss_code])


class CouncilScopedQuerySet(models.QuerySet):
    """Records that belong to a council. ``council_path`` says how to reach it."""

    council_path = "council"

    def managed_by(self, person):
        if person.is_authenticated and person.is_active and person.is_superuser:
            return self
        councils = Council.objects.managed_by(person)
        return self.filter(**{f"{self.council_path}__in": councils})


class EmailDomain(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(
        _("work email domain"),
        max_length=253,
        unique=True,
        help_text=_("The part after the @, like barnet.gov.uk. One council per domain."),
    )

    objects = CouncilScopedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["domain"]

    def __str__(self):
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower().lstrip("@")
        super().save(*args, **kwargs)

    @classmethod
    def council_for_email(cls, email: str):
        """The active council whose work email domain this address uses, or None."""
        domain = normalise_email(email).rpartition("@")[2]
        match = cls.objects.filter(domain=domain, council__is_active=True).first()
        return match.council if match else None


class Team(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(_("name"), max_length=120)

    objects = CouncilScopedQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("council", Lower("name"), name="team_name_unique_in_council")
        ]

    def __str__(self):
        return self.name


# People -----------------------------------------------------------------------


class UserQuerySet(models.QuerySet):
    def managed_by(self, person):
        if person.is_authenticated and person.is_active and person.is_superuser:
            return self
        councils = Council.objects.managed_by(person)
        return self.filter(memberships__council__in=councils).distinct()


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def get_by_natural_key(self, email):
        return self.get(email=normalise_email(email))

    def create_user(self, email, password=None, **fields):
        user = self.model(email=normalise_email(email), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_superuser=True, is_active=True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. Email is how they sign in; they may hold several roles (see roles.py)."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Can sign in. Invited people become active when they accept."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    # Parent co-trainers choose how courses credit them; anonymous until they say otherwise.
    credit_as = models.CharField(
        _("credit on courses"),
        max_length=12,
        choices=CreditChoice.choices,
        default=CreditChoice.ANONYMOUS,
    )
    credit_name = models.CharField(_("name to credit"), max_length=80, blank=True)

    objects = UserManager()
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name or self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.email = normalise_email(self.email)

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    def credit_line(self) -> str:
        """The name courses show for this co-trainer, as they chose (never their email)."""
        if self.credit_as == CreditChoice.FULL_NAME and self.full_name:
            return self.full_name
        if self.credit_as == CreditChoice.FIRST_NAME and self.full_name:
            return self.full_name.split(" ")[0]
        if self.credit_as == CreditChoice.OTHER and self.credit_name.strip():
            return self.credit_name.strip()
        return str(_("A parent carer"))


class MembershipQuerySet(CouncilScopedQuerySet):
    def active(self):
        return self.filter(is_active=True)


class Membership(models.Model):
    """A person's place in a council: their team, job and whether they lead training."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
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


# Invitations ------------------------------------------------------------------


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

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="invitations")
    kind = models.CharField(max_length=12, choices=InvitationKind.choices)
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations_sent"
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
