"""Background work for people. Every task is safe to run twice (acks_late redelivers)."""

from datetime import timedelta

from celery import shared_task
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from .emails import localised_url, send_templated_email
from .models import Invitation, InvitationKind, Membership, User

UNCONFIRMED_REGISTRATION_DAYS = 7
_EMAIL_TEMPLATES = {
    InvitationKind.STAFF: "staff_invitation",
    InvitationKind.CO_TRAINER: "co_trainer_invitation",
    InvitationKind.REGISTRATION: "confirm_registration",
}


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invitation_email(invitation_id):
    """Send an invitation's link, once. The token exists only in the email sent."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("user", "council", "invited_by")
            .filter(pk=invitation_id, sent_at__isnull=True, accepted_at__isnull=True)
            .first()
        )
        if invitation is None:
            return "skipped"
        token = invitation.issue_token()
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["token_hash", "expires_at", "sent_at"])
        template = _EMAIL_TEMPLATES[invitation.kind]
        if invitation.user.is_active:
            template = "join_council"  # an existing account, asked to join another council
        send_templated_email(
            invitation.user,
            template,
            {
                "invitation": invitation,
                "link": localised_url(invitation.user, "people:accept_invitation", token),
            },
        )
    return "sent"


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_already_registered_email(user_id):
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return "skipped"
    send_templated_email(
        user,
        "already_registered",
        {
            "sign_in_link": localised_url(user, "people:sign_in"),
            "reset_link": localised_url(user, "people:password_reset"),
        },
    )
    return "sent"


@shared_task
def delete_unconfirmed_registrations():
    """People who registered but never confirmed their email are removed after a week."""
    cutoff = timezone.now() - timedelta(days=UNCONFIRMED_REGISTRATION_DAYS)
    stale = User.objects.filter(
        is_active=False, last_login__isnull=True, date_joined__lt=cutoff
    ).exclude(invitations__kind__in=[InvitationKind.STAFF, InvitationKind.CO_TRAINER])
    ids = list(stale.values_list("pk", flat=True))
    deleted, _ = stale.delete()
    # They never joined, so their audit history goes too (including the deletion rows).
    User.history.filter(id__in=ids).delete()
    Membership.history.filter(user_id__in=ids).delete()
    return deleted


SIGN_IN_LOG_DAYS = 90


@shared_task
def prune_sign_in_logs():
    """Sign-in records hold emails and addresses: keep 90 days, enough to investigate abuse."""
    from axes.models import AccessFailureLog, AccessLog

    cutoff = timezone.now() - timedelta(days=SIGN_IN_LOG_DAYS)
    deleted = AccessLog.objects.filter(attempt_time__lt=cutoff).delete()[0]
    deleted += AccessFailureLog.objects.filter(attempt_time__lt=cutoff).delete()[0]
    return deleted


@shared_task
def clear_expired_sessions():
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted
