"""A development-only outbox: emails are saved as .eml files and read at /dev/outbox/.

So a newcomer can follow invitation and password-reset links with no mail server.
"""

import email
import email.policy
import uuid
from pathlib import Path

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone


def outbox_dir() -> Path:
    path = Path(settings.OUTBOX_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


class OutboxEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        folder = outbox_dir()
        for message in email_messages:
            stamp = timezone.now().strftime("%Y%m%dT%H%M%S%f")
            (folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml").write_bytes(
                message.message().as_bytes()
            )
        return len(email_messages)


def list_messages():
    """Newest first, as (id, parsed message) pairs."""
    files = sorted(outbox_dir().glob("*.eml"), reverse=True)
    return [(path.stem, read_message(path.stem)) for path in files]


def read_message(message_id: str):
    path = outbox_dir() / f"{Path(message_id).name}.eml"
    if not path.is_file():
        return None
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def plain_text_body(message) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""
