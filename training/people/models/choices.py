"""Choices people make or are given."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
