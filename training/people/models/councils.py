"""Councils, their work email domains and their teams."""

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .tenancy import CouncilQuerySet, CouncilScopedQuerySet
from .users import normalise_email


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
