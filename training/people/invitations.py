"""Joining Cotrain: staff invited by a training lead, co-trainers invited by an editor,
and staff who register themselves with a council work email.

Emails go out through Celery tasks queued on commit, so a rolled-back upload sends nothing.
"""

from django.contrib.auth.models import Group
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db import transaction
from django.utils import timezone

from .models import Invitation, InvitationKind, Membership, User
from .roles import CO_TRAINERS_GROUP


def _queue_invitation_email(invitation):
    from .tasks import send_invitation_email

    send_invitation_email.delay_on_commit(invitation.pk)


def _new_invitation(user, kind, council, invited_by):
    invitation = Invitation(user=user, kind=kind, council=council, invited_by=invited_by)
    # Only the email task sees a working token; this one just fills the unique column.
    invitation.issue_token()
    invitation.save()
    _queue_invitation_email(invitation)
    return invitation


def _ensure_invited(user, kind, council, invited_by) -> bool:
    """Invite an account that has not been taken up yet, unless a live invitation exists."""
    if user.is_active or user.invitations.pending().filter(kind=kind).exists():
        return False
    _new_invitation(user, kind, council, invited_by)
    return True


@transaction.atomic
def invite_staff_member(*, council, email, full_name, team, job_role, invited_by) -> str:
    """Add one person to a council. Returns what happened, as an UploadResult field name."""
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name, "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    membership, new_membership = Membership.objects.get_or_create(
        user=user, council=council, defaults={"team": team, "job_role": job_role}
    )
    changed = False
    if not new_membership and (
        membership.team_id != (team.pk if team else None)
        or membership.job_role != job_role
        or not membership.is_active
    ):
        membership.team, membership.job_role, membership.is_active = team, job_role, True
        membership.save()
        changed = True
    invited = _ensure_invited(user, InvitationKind.STAFF, council, invited_by)
    if invited:
        return "invited"
    if new_membership:
        return "added_existing"
    return "updated" if changed else "unchanged"


@transaction.atomic
def invite_co_trainer(*, email, full_name, invited_by) -> bool:
    """Editors invite parent co-trainers. Never tied to a council (see DIGEST.md §6)."""
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name, "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=CO_TRAINERS_GROUP))
    return _ensure_invited(user, InvitationKind.CO_TRAINER, None, invited_by)


@transaction.atomic
def resend_invitation(invitation):
    """A fresh link for someone whose invitation expired or went astray."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at or invitation.user.is_active:
        return False
    invitation.sent_at = None
    invitation.save(update_fields=["sent_at"])
    _queue_invitation_email(invitation)
    return True


@transaction.atomic
def accept_invitation(invitation, *, full_name, password):
    user = invitation.user
    user.full_name = full_name
    user.set_password(password)
    user.is_active = True
    user.save()
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user


# Self-registration ------------------------------------------------------------


class RegistrationTokenGenerator(PasswordResetTokenGenerator):
    """Links in confirmation emails. They stop working once the account is active."""

    key_salt = "training.people.RegistrationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.is_active}{timestamp}{user.email}"


registration_tokens = RegistrationTokenGenerator()


@transaction.atomic
def register(*, full_name, email, job_role, password, council):
    """Create an inactive account and queue its confirmation email.

    If the email is already in use, the owner gets a note instead, and the person
    registering sees the same page, so nobody can find out who has an account.
    """
    from .tasks import send_already_registered_email, send_registration_email

    existing = User.objects.filter(email=email).first()
    if existing is not None and not is_unconfirmed_registration(existing):
        pending = existing.invitations.filter(accepted_at__isnull=True).first()
        if pending is not None and not existing.is_active:
            resend_invitation(pending)  # invited but never joined: the invitation is the way in
        else:
            send_already_registered_email.delay_on_commit(existing.pk)
        return None
    # New, or registered before without confirming (the link may have expired): start again.
    user = existing or User(email=email, is_active=False)
    user.full_name = full_name
    user.set_password(password)
    user.save()
    user.memberships.exclude(council=council).delete()
    Membership.objects.update_or_create(
        user=user, council=council, defaults={"job_role": job_role, "is_active": True}
    )
    send_registration_email.delay_on_commit(user.pk)
    return user


def is_unconfirmed_registration(user) -> bool:
    """Registered with a work email but never followed the confirmation link."""
    return not user.is_active and user.last_login is None and not user.invitations.exists()


@transaction.atomic
def confirm_registration(user):
    user.is_active = True
    user.save(update_fields=["is_active"])
    return user
