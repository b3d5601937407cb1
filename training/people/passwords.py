"""Django's password rules (AUTH_PASSWORD_VALIDATORS), with messages that say what to do.

Django's own messages ("This password is entirely numeric.") are not how GOV.UK services
speak; these name the password and say how to put it right, in English and Welsh.
"""

from django.contrib.auth import password_validation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "Your password must be %(min_length)d character or more",
            "Your password must be %(min_length)d characters or more",
            self.min_length,
        )


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    def get_error_message(self):
        return _("Your password must not be like your %(verbose_name)s")


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self):
        return _(
            "Enter a stronger password. Do not use a common password, such as "
            "‘password’ or a sequence of numbers"
        )


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self):
        return _("Your password must not be only numbers")
