"""GOV.UK error messages for Django's built-in checks, each naming its field.

Django's own messages ("This field is required.") do not say which field is wrong, and
their Welsh is not what a Welsh reader would write. ``GovukErrorMessagesMixin`` gives every
field of a form a message for each of Django's error codes, built from how the form names
the field in messages and from the kind of answer it takes: "Enter your email address",
"Select your job role", "Full name must be 150 characters or fewer", "The selected CSV file
is empty". A message the form or field sets itself is kept.

How a field is named comes from ``error_names`` (field name to a phrase such as
"your email address" or "a CSV file"), or else from its label. A name should start with
"your", "the" or "a", and its Welsh with "eich", "y" or "yr", so the sentences read
naturally in both languages: the phrase goes after "Enter" or "Select", and, without that
first word, at the start of "… must be 150 characters or fewer".
"""

from django import forms
from django.utils.translation import gettext as _

# The first words a name may start with, dropped where the sentence needs the bare noun.
_DETERMINERS = {"a", "an", "the", "your", "eich", "y", "yr"}


def text_messages():
    return {
        "required": _("Enter %(name)s"),
        "max_length": _("%(Bare)s must be %(limit_value)s characters or fewer"),
        "min_length": _("%(Bare)s must be %(limit_value)s characters or more"),
        "null_characters_not_allowed": _("There is a character in %(name)s that cannot be used"),
    }


def messages_for_field_type():
    """Messages for codes that only some field types raise, most specific type first."""
    return [
        (
            forms.EmailField,
            {"invalid": _("Enter %(name)s in the correct format, like name@example.com")},
        ),
        (
            forms.URLField,
            {"invalid": _("Enter %(name)s in the correct format, like https://www.example.com")},
        ),
        # DecimalField and FloatField are kinds of IntegerField, so they come first.
        (forms.DecimalField, {"invalid": _("%(Bare)s must be a number")}),
        (forms.FloatField, {"invalid": _("%(Bare)s must be a number")}),
        (forms.IntegerField, {"invalid": _("%(Bare)s must be a whole number")}),
        (forms.DateField, {"invalid": _("%(Bare)s must be a real date")}),
        (forms.DateTimeField, {"invalid": _("%(Bare)s must be a real date and time")}),
    ]


def number_messages():
    return {
        "max_value": _("%(Bare)s must be %(limit_value)s or less"),
        "min_value": _("%(Bare)s must be %(limit_value)s or more"),
    }


def choice_messages():
    select = _("Select %(name)s")
    return {
        "required": select,
        "invalid_choice": select,
        "invalid_list": select,
        "invalid_pk_value": select,
    }


def file_messages():
    select = _("Select %(name)s")
    return {
        "required": select,
        "missing": select,
        "invalid": select,
        "empty": _("The selected %(bare)s is empty"),
        "max_length": _("The name of the selected %(bare)s must be %(max)s characters or fewer"),
        "contradiction": _("Select %(name)s or remove it, not both"),
        "invalid_image": _("The selected %(bare)s must be an image"),
    }


def without_determiner(name: str) -> str:
    """'your email address' -> 'email address': the noun, for the start of a sentence."""
    first, _space, rest = name.partition(" ")
    return rest if rest and first.casefold() in _DETERMINERS else name


def name_from_label(label: str) -> str:
    """'Full name' -> 'full name', but 'CSV file' stays as it is."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


class _LeaveForDjango(dict):
    """Fills in the field's name now and leaves Django's own values (limit_value) for later."""

    def __missing__(self, key):
        return f"%({key})s"


def _templates_for(field) -> dict:
    if isinstance(field, forms.FileField):
        return file_messages()
    if isinstance(field, forms.ChoiceField) or isinstance(
        field.widget, forms.widgets.ChoiceWidget | forms.CheckboxInput
    ):
        return choice_messages()
    templates = text_messages()
    if isinstance(field, forms.IntegerField):
        templates |= number_messages()
    for field_type, messages in messages_for_field_type():
        if isinstance(field, field_type):
            return templates | messages
    return templates


def _django_defaults(field) -> dict:
    defaults = {}
    for cls in reversed(type(field).__mro__):
        defaults.update(getattr(cls, "default_error_messages", {}))
    return defaults


class GovukErrorMessagesMixin:
    """Every field gets GOV.UK messages for Django's error codes, unless it sets its own."""

    # How each field is named in its messages, by field name, when its label does not read
    # well there: {"email": _("your email address")}.
    error_names: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name, field in self.fields.items():
            defaults = _django_defaults(field)
            own = {
                code: message
                for code, message in field.error_messages.items()
                if message is not defaults.get(code)
            }
            name = self.error_name(field_name)
            bare = without_determiner(name)
            values = _LeaveForDjango(name=name, bare=bare, Bare=bare[:1].upper() + bare[1:])
            field.error_messages = {
                **field.error_messages,
                **{code: template % values for code, template in _templates_for(field).items()},
                **own,
            }

    def error_name(self, field_name) -> str:
        """How this field is named in error messages, in the language in use."""
        if field_name in self.error_names:
            return str(self.error_names[field_name])
        field = self.fields[field_name]
        label = str(field.label) if field.label else forms.forms.pretty_name(field_name)
        return name_from_label(label)
