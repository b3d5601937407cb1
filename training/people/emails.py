"""Emails people receive, in their own language, with plain-text bodies."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def send_templated_email(user, template: str, context: dict):
    """Render people/email/<template>_subject.txt and _body.txt in the person's language."""
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        context = {"user": user, "site_url": settings.SITE_URL, **context}
        subject = " ".join(
            render_to_string(f"people/email/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"people/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def localised_url(user, name, *args):
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        return absolute_url(reverse(name, args=args))
