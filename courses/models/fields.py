from django import forms
from django.db import models

from training.people.models import JobRole


class JobRolesField(models.JSONField):
    """A list of job role codes, edited as GOV.UK-style checkboxes. Empty means everyone."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=JobRole.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )
