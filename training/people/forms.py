from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from training.core.forms import GovukFormMixin

from .models import CreditChoice, EmailDomain, JobRole, User, normalise_email


class SignInForm(GovukFormMixin, auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label=_("Email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        "invalid_login": _(
            "Enter a correct email address and password. Both may be case-sensitive."
        ),
        "inactive": _("This account is not active yet. Follow the link in your email first."),
    }

    def clean_username(self):
        return normalise_email(self.cleaned_data["username"])


class RegistrationForm(GovukFormMixin, forms.Form):
    full_name = forms.CharField(
        label=_("Full name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Work email address"),
        help_text=_("Use the email address your council gave you."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    job_role = forms.ChoiceField(
        label=_("Job role"), choices=JobRole.choices, widget=forms.RadioSelect
    )

    def clean_email(self):
        email = normalise_email(self.cleaned_data["email"])
        self.council = EmailDomain.council_for_email(email)
        if self.council is None:
            raise ValidationError(
                _(
                    "Cotrain does not recognise this work email address. Check it, or ask "
                    "your council's training lead to invite you."
                )
            )
        return email


class AcceptInvitationForm(GovukFormMixin, forms.Form):
    """A new account's name and first password, checked against Django's password rules."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    password = forms.CharField(
        label=_("Create a password"),
        strip=False,
        help_text=_("Use at least 12 characters. A few words together are easy to remember."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        password_validation.validate_password(password, self.user)
        return password


class PasswordResetForm(GovukFormMixin, auth_forms.PasswordResetForm):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


class SetPasswordForm(GovukFormMixin, auth_forms.SetPasswordForm):
    pass


class TwoFactorCodeForm(GovukFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Security code"),
        help_text=_("The 6-digit code your authenticator app shows now."),
        max_length=8,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
            }
        ),
    )
    input_widths = {"code": "10"}

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit() or len(code) != 6:
            raise ValidationError(_("Enter the 6-digit code from your authenticator app."))
        return code


class StaffUploadForm(GovukFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Upload a CSV file"),
        help_text=_("Columns: name, email, team, job role. Up to 2,000 people and 1 MB."),
    )


class CoTrainerInvitationForm(forms.Form):
    """Used inside the Wagtail admin, which styles its own forms."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email address"))

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


class CreditForm(GovukFormMixin, forms.ModelForm):
    """How a parent co-trainer is named on the courses they co-delivered."""

    class Meta:
        model = User
        fields = ["credit_as", "credit_name"]
        widgets = {"credit_as": forms.RadioSelect}
        labels = {
            "credit_as": _("How should courses name you?"),
            "credit_name": _("The name to use"),
        }
        help_texts = {
            "credit_name": _("Only if you chose another name. For example, a first name and area."),
        }

    def clean(self):
        data = super().clean()
        if data.get("credit_as") == CreditChoice.OTHER and not data.get("credit_name", "").strip():
            self.add_error("credit_name", _("Enter the name to use"))
        return data
