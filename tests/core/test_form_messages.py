"""Every error message names its field in GOV.UK style, in English and Welsh.

The mechanism (training/core/form_messages.py) is tested on a small form; then every form
class in the project is found, sent empty and with bad data in both languages, and no
message may be one of Django's own, and each must name its field.
"""

import importlib
import pkgutil
import re
from itertools import chain

import pytest
from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.core import validators
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy

from tests import factories
from training.core.form_messages import (
    GovukErrorMessagesMixin,
    name_from_label,
    without_determiner,
)
from training.core.forms import GovukFormMixin

# The mechanism -------------------------------------------------------------------------


class ExampleForm(GovukFormMixin, forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"), max_length=20)
    full_name = forms.CharField(label=gettext_lazy("Full name"), max_length=10)
    job_role = forms.ChoiceField(label="Job role", choices=[("a", "A")], widget=forms.RadioSelect)
    team = forms.ChoiceField(label="Team", choices=[("a", "A")])
    document = forms.FileField(label="Upload a CSV file")
    count = forms.IntegerField(label="Number of people", max_value=5)
    colour = forms.CharField(label="Colour", error_messages={"required": "Say which colour"})

    error_names = {
        "email": gettext_lazy("your email address"),
        "job_role": "your job role",
        "document": "a CSV file",
    }


def _errors(data, files=None):
    form = ExampleForm(data=data, files=MultiValueDict(files or {}))
    form.is_valid()
    return {name: list(messages) for name, messages in form.errors.items()}


def test_each_kind_of_field_gets_its_verb_and_its_name():
    assert _errors({}) == {
        "email": ["Enter your email address"],
        "full_name": ["Enter full name"],
        "job_role": ["Select your job role"],
        "team": ["Select team"],
        "document": ["Select a CSV file"],
        "count": ["Enter number of people"],
        "colour": ["Say which colour"],  # the field's own message is kept
    }


def test_wrong_and_too_long_answers_say_what_is_wrong_and_name_the_field():
    errors = _errors(
        {
            "email": "not-an-email",
            "full_name": "Aaaaaaaaaaaaaaa",
            "job_role": "z",
            "team": "z",
            "count": "6",
            "colour": "a\x00",
        },
        {"document": [SimpleUploadedFile("people.csv", b"")]},
    )
    assert errors == {
        "email": ["Enter your email address in the correct format, like name@example.com"],
        "full_name": ["Full name must be 10 characters or fewer"],
        "job_role": ["Select your job role"],
        "team": ["Select team"],
        "document": ["The selected CSV file is empty"],
        "count": ["Number of people must be 5 or less"],
        "colour": ["There is a character in colour that cannot be used"],
    }
    too_long = _errors({"email": "a" * 20 + "@example.org", "count": "x"})
    assert too_long["email"] == ["Email address must be 20 characters or fewer"]
    assert too_long["count"] == ["Number of people must be a whole number"]


def test_the_messages_are_in_welsh_on_welsh_pages():
    with translation.override("cy"):
        errors = _errors({"full_name": "Aaaaaaaaaaaaaaa"})
    assert errors["email"] == ["Rhowch eich cyfeiriad e-bost"]
    assert errors["full_name"] == ["Ni all enw llawn fod yn hwy na 10 nod"]


def test_names_lose_their_first_word_only_when_it_is_a_determiner():
    assert without_determiner("your email address") == "email address"
    assert without_determiner("a CSV file") == "CSV file"
    assert without_determiner("eich cyfeiriad e-bost") == "cyfeiriad e-bost"
    assert without_determiner("full name") == "full name"
    assert without_determiner("your") == "your"
    assert name_from_label("Full name") == "full name"
    assert name_from_label("CSV file") == "CSV file"


# Every form in the project ---------------------------------------------------------------

PROJECT_PACKAGES = ("training", "courses", "case_studies")
# Modules never imported here: settings (production refuses to load without its environment),
# entry points and migrations.
SKIPPED = re.compile(r"\.(settings|migrations)(\.|$)|^training\.(wsgi|asgi|celery)$")
# Forms of the Wagtail admin that Wagtail itself renders and words.
WAGTAIL_ADMIN_FORMS = {
    "training.people.admin_views.CotrainUserCreationForm",
    "training.people.admin_views.CotrainUserEditForm",
}


def _import_project_modules():
    for package_name in PROJECT_PACKAGES:
        package = importlib.import_module(package_name)
        for module in pkgutil.walk_packages(package.__path__, f"{package_name}."):
            if not SKIPPED.search(module.name):
                importlib.import_module(module.name)


def _all_subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from _all_subclasses(subclass)


def _dotted(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def project_forms():
    _import_project_modules()
    return {
        cls
        for cls in _all_subclasses(forms.BaseForm)
        if cls.__module__.startswith(PROJECT_PACKAGES) and "tests" not in cls.__module__
    }


def test_every_form_in_the_project_has_the_messages():
    missing = {
        _dotted(cls)
        for cls in project_forms()
        if not issubclass(cls, GovukErrorMessagesMixin) and _dotted(cls) not in WAGTAIL_ADMIN_FORMS
    }
    assert missing == set()


def _build(form_class, data, files):
    """A bound form; forms that need more than data say what here."""
    from training.people import forms as people_forms

    kwargs = {"data": data, "files": files}
    if issubclass(form_class, people_forms.SetPasswordForm | people_forms.AcceptInvitationForm):
        kwargs["user"] = factories.UserFactory.build(email="sam@example.org", full_name="Sam Lee")
    if issubclass(form_class, forms.ModelForm):
        kwargs["instance"] = form_class._meta.model()
    if issubclass(form_class, auth_forms.AuthenticationForm):
        kwargs["request"] = RequestFactory().post("/sign-in/")
    return form_class(**kwargs)


def _value(field, problem, index):
    """A value that breaks `field` in the way `problem` names."""
    is_password = isinstance(field.widget, forms.PasswordInput)
    if problem == "empty":
        return None
    if isinstance(field, forms.FileField):
        if problem == "wrong":
            return SimpleUploadedFile("people.csv", b"")
        return SimpleUploadedFile("a" * 300 + ".csv", b"x") if field.max_length else None
    if isinstance(field, forms.MultipleChoiceField):
        return ["not-a-choice"]
    if isinstance(field, forms.ChoiceField):
        return "not-a-choice"
    if is_password:
        # Too short, all digits and common; then two different common passwords.
        return "12345" if problem == "wrong" else ["password", "qwertyuiop"][index % 2]
    if problem == "null":
        return "\x00"
    limit = field.max_length or 0
    if isinstance(field, forms.EmailField):
        return "not-an-email" if problem == "wrong" else "a" * limit + "@example.org"
    return "a" if problem == "wrong" else "a" * (limit + 1)


def _submissions(form_class):
    fields = _build(form_class, None, None).fields
    for problem in ("empty", "wrong", "too long", "null"):
        data, files = {}, MultiValueDict()
        for index, (name, field) in enumerate(fields.items()):
            value = _value(field, problem, index)
            if value is None:
                continue
            if isinstance(field, forms.FileField):
                files[name] = value
            elif isinstance(value, list):
                data.setlist(name, value) if hasattr(data, "setlist") else None
                data[name] = value
            else:
                data[name] = value
        yield problem, data, files


def _django_fragments():
    """The fixed parts of Django's own messages, in the language in use."""
    plural_safe = type("Numbers", (dict,), {"__missing__": lambda self, key: 2})()
    messages = []
    for cls in chain([forms.Field], _all_subclasses(forms.Field)):
        if cls.__module__.startswith("django."):
            messages += cls.__dict__.get("default_error_messages", {}).values()
    for value in vars(validators).values():
        messages += [getattr(value, "message", None)]
        if isinstance(getattr(value, "messages", None), dict):  # DecimalValidator
            messages += value.messages.values()
    for form_class in (
        auth_forms.AuthenticationForm,
        auth_forms.SetPasswordMixin,
        auth_forms.PasswordChangeForm,
        auth_forms.BaseUserCreationForm,
    ):
        messages += form_class.error_messages.values()
    for validator in (
        password_validation.MinimumLengthValidator(12),
        password_validation.UserAttributeSimilarityValidator(),
        password_validation.CommonPasswordValidator(),
        password_validation.NumericPasswordValidator(),
    ):
        # Django's own classes, whatever AUTH_PASSWORD_VALIDATORS says.
        base = next(c for c in type(validator).__mro__ if c.__module__.startswith("django."))
        messages += [base.get_error_message(validator), base.get_help_text(validator)]
    messages.append(auth_forms.SetPasswordMixin.create_password_fields()[1].help_text)
    fragments = set()
    for message in filter(None, messages):
        text = str(message) or message % plural_safe  # plural messages need a number
        for fragment in re.split(r"%\(\w+\)[sdr]|%[sd]|\d+|[“”\"]", text):
            fragment = fragment.strip()
            if len(fragment) >= 10 and " " in fragment:  # not one word such as "characters."
                fragments.add(fragment)
    return fragments


def _names_of(form, field_name):
    field = form.fields[field_name]
    name = form.error_name(field_name)
    names = {str(field.label), name, without_determiner(name)}
    if isinstance(field.widget, forms.PasswordInput):
        names |= {translation.gettext("password")}
    return {name.casefold() for name in names}


def _messages_in(language, form_classes):
    """{(form, problem, field): [messages]} with the HTML each form renders, in one language."""
    found, html = {}, {}
    with translation.override(language):
        defaults = _django_fragments()
        for form_class in form_classes:
            for problem, data, files in _submissions(form_class):
                form = _build(form_class, data, files)
                form.is_valid()
                html[(_dotted(form_class), problem)] = str(form)
                for field_name, errors in form.errors.items():
                    key = (_dotted(form_class), problem, field_name)
                    found[key] = list(errors)
                    for message in errors:
                        shown = [f for f in defaults if f in message]
                        assert not shown, f"{key}: Django's own message {message!r}"
                        if field_name != forms.forms.NON_FIELD_ERRORS:
                            names = _names_of(form, field_name)
                            assert any(name in message.casefold() for name in names), (
                                f"{key}: {message!r} does not name its field ({names})"
                            )
                page = html[(_dotted(form_class), problem)]
                shown = [f for f in defaults if f in page]
                assert not shown, f"{_dotted(form_class)} shows Django's own words: {shown}"
    return found


@pytest.mark.django_db
def test_no_form_shows_djangos_messages_and_each_message_names_its_field():
    form_classes = sorted(
        (cls for cls in project_forms() if issubclass(cls, GovukErrorMessagesMixin)),
        key=_dotted,
    )
    assert {"training.people.forms.RegistrationForm", "courses.catalogue.CatalogueForm"} <= {
        _dotted(cls) for cls in form_classes
    }
    english = _messages_in("en", form_classes)
    welsh = _messages_in("cy", form_classes)
    assert english.keys() == welsh.keys()
    untranslated = {
        key: messages for key, messages in welsh.items() if set(messages) & set(english[key])
    }
    assert untranslated == {}
    # Every field met at least one problem.
    for form_class in form_classes:
        form = _build(form_class, None, None)
        met = {key[2] for key in english if key[0] == _dotted(form_class)}
        assert set(form.fields) - met <= {"q"}, _dotted(form_class)  # search may be empty
