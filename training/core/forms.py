"""GOV.UK Design System markup for Django forms, through Django's own template rendering.

Every form that people fill in mixes in ``GovukFormMixin``: fields get GOV.UK classes,
hints and errors are tied to inputs with aria-describedby, error messages name their field
(``form_messages.py``), and the form renders with templates/forms/govuk_form.html (error
summary excluded: see includes/error_summary.html).
"""

from django import forms

from .form_messages import GovukErrorMessagesMixin

_INPUT_CLASSES = {
    forms.Textarea: "govuk-textarea",
    forms.Select: "govuk-select",
    forms.ClearableFileInput: "govuk-file-upload",
    forms.FileInput: "govuk-file-upload",
    forms.CheckboxInput: "govuk-checkboxes__input",
    forms.RadioSelect: "govuk-radios__input",
    forms.CheckboxSelectMultiple: "govuk-checkboxes__input",
}


class GovukFormMixin(GovukErrorMessagesMixin):
    template_name = "forms/govuk_form.html"
    # Text inputs that should be narrower than the full column, by field name.
    input_widths: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            widget = field.widget
            css = next(
                (css for kind, css in _INPUT_CLASSES.items() if isinstance(widget, kind)),
                "govuk-input",
            )
            width = self.input_widths.get(name)
            if width:
                css += f" govuk-input--width-{width}"
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
            if field.help_text:
                widget.attrs["aria-describedby"] = f"{self.add_prefix(name)}-hint"

    def full_clean(self):
        super().full_clean()
        # Mark inputs that failed and point them at their error messages.
        for name in self.errors:
            if name not in self.fields:
                continue
            attrs = self.fields[name].widget.attrs
            base = attrs["class"].split()[-1].split("--")[0]
            attrs["class"] += f" {base}--error"
            attrs["aria-describedby"] = " ".join(
                filter(None, [attrs.get("aria-describedby"), f"{self.add_prefix(name)}-error"])
            )

    def error_summary_items(self):
        """(anchor, message) pairs for the GOV.UK error summary, in field order."""
        first = next(iter(self.fields), None)
        first_anchor = self[first].id_for_label if first else ""
        items = [(first_anchor, error) for error in self.non_field_errors()]
        for name in self.fields:
            for error in self.errors.get(name, []):
                items.append((self[name].id_for_label or f"id_{self.add_prefix(name)}", error))
        return items


def submitted(request, files=False):
    """Form data if this is a POST, even an empty one; None (an unbound form) otherwise."""
    if request.method != "POST":
        return {"data": None, "files": None} if files else {"data": None}
    return {"data": request.POST, "files": request.FILES} if files else {"data": request.POST}
