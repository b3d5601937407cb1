from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from training.core.form_messages import GovukErrorMessagesMixin
from training.core.forms import GovukFormMixin

from . import recovery_codes
from .models import CreditChoice, EmailDomain, JobRole, User, normalise_email


class SignInForm(GovukFormMixin, auth_forms.AuthenticationForm):
    username = forms.EmailField(
        label=_("Email address"),
        # No address is longer (RFC 5321), and no longer one may reach authenticate():
        # django-axes records every failure in a 255-character column.
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_names = {"username": _("your email address"), "password": _("your password")}
    error_messages = {
        "invalid_login": _(
            "Enter the email address and password of your account. Passwords are case-sensitive."
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
        max_length=254,
        help_text=_("Use the email address your council gave you."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    job_role = forms.ChoiceField(
        label=_("Job role"), choices=JobRole.choices, widget=forms.RadioSelect
    )
    error_names = {
        "full_name": _("your full name"),
        "email": _("your work email address"),
        "job_role": _("your job role"),
    }

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
    error_names = {"full_name": _("your full name"), "password": _("a password")}

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
    error_names = {"email": _("your email address")}


class SetPasswordForm(GovukFormMixin, auth_forms.SetPasswordForm):
    new_password1 = forms.CharField(
        label=_("New password"),
        strip=False,
        help_text=_("Use at least 12 characters. A few words together are easy to remember."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("Confirm new password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    error_names = {
        "new_password1": _("a new password"),
        "new_password2": _("your new password again"),
    }
    error_messages = {
        "password_mismatch": _("The passwords do not match. Enter your new password again"),
    }

    def clean(self):
        # The password rules are about the password being chosen, so their messages go by
        # its field; Django would put them by the confirmation.
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return forms.Form.clean(self)


class TwoFactorCodeForm(GovukFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Security code"),
        help_text=_("The 6-digit code your authenticator app shows now."),
        max_length=8,  # room for a space or two, as in "123 456"
        error_messages={"max_length": _("The security code must be 6 digits")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "spellcheck": "false",
            }
        ),
    )
    input_widths = {"code": "10"}
    error_names = {"code": _("the security code")}

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise ValidationError(_("The security code must only include numbers"))
        if len(code) != 6:
            raise ValidationError(_("The security code must be 6 digits"))
        return code


class RecoveryCodeForm(GovukFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Recovery code"),
        help_text=_("One of the codes you saved when you set up two-factor authentication."),
        max_length=20,
        error_messages={
            "max_length": _(
                "Enter your recovery code in the correct format: 10 letters and numbers"
            )
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    input_widths = {"code": "10"}
    error_names = {"code": _("your recovery code")}

    def clean_code(self):
        code = self.cleaned_data["code"]
        if not recovery_codes.looks_like_a_code(code):
            raise ValidationError(
                _("Enter your recovery code in the correct format: 10 letters and numbers")
            )
        return code


class StaffUploadForm(GovukFormMixin, forms.Form):
    file = forms.FileField(
        label=_("Upload a CSV file"),
        help_text=_("Columns: name, email, team, job role. Up to 2,000 people and 1 MB."),
    )


class CoTrainerInvitationForm(GovukErrorMessagesMixin, forms.Form):
    """Used inside the Wagtail admin, which styles its own forms: only our messages."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Email address"), max_length=254)
    error_names = {"full_name": _("the full name"), "email": _("the email address")}

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

    error_names = {
        "credit_as": _("how courses should name you"),
        "credit_name": _("the name to use"),
    }

    def clean(self):
        data = super().clean()
        if data.get("credit_as") == CreditChoice.OTHER and not data.get("credit_name", "").strip():
            self.add_error("credit_name", _("Enter the name to use"))
        return data
