"""People: one account each, signing in with their email."""

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import CreditChoice
from .tenancy import councils_at, is_platform_admin


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


class UserQuerySet(models.QuerySet):
    def managed_by(self, person):
        if is_platform_admin(person):
            return self
        councils = councils_at(self.model, "memberships__council", person)
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
