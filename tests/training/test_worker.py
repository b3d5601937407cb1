"""A real Celery worker on a real broker delivers an invitation email.

Needs CELERY_BROKER_URL (Redis in CI). Skipped without one, unless REQUIRE_WORKER=1.
"""

import os
import time
import uuid

import pytest
from django.core import mail

from tests import factories
from training.celery import app
from training.people.models import Invitation, InvitationKind
from training.people.tasks import send_invitation_email

BROKER = os.environ.get("CELERY_BROKER_URL", "")
# A worker thread needs its own connection to the test database; SQLite's in-memory
# test database cannot be shared like that, PostgreSQL can.
ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))

pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(
        not (BROKER and ON_POSTGRES) and os.environ.get("REQUIRE_WORKER") != "1",
        reason="the real-worker test needs CELERY_BROKER_URL (Redis) and PostgreSQL, as in CI",
    ),
]


@pytest.fixture
def celery_worker_on_own_queue(settings):
    from celery.contrib.testing.worker import start_worker

    assert BROKER, "REQUIRE_WORKER=1 but CELERY_BROKER_URL is not set"
    queue = f"test-{uuid.uuid4().hex[:8]}"
    app.conf.update(broker_url=BROKER, task_always_eager=False)
    try:
        with start_worker(
            app, queues=[queue], perform_ping_check=False, pool="solo", shutdown_timeout=10
        ):
            yield queue
    finally:
        app.conf.update(task_always_eager=True)


def test_a_real_worker_sends_an_invitation_once(transactional_db, celery_worker_on_own_queue):
    council = factories.CouncilFactory()
    person = factories.UserFactory(is_active=False)
    invitation = Invitation(user=person, kind=InvitationKind.STAFF, council=council)
    invitation.issue_token()
    invitation.save()

    for _ in range(2):  # delivered twice, sent once: the task is idempotent
        send_invitation_email.apply_async((invitation.pk,), queue=celery_worker_on_own_queue)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        invitation.refresh_from_db()
        if invitation.sent_at and len(mail.outbox) >= 1:
            break
        time.sleep(0.2)
    time.sleep(1)
    assert invitation.sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [person.email]
