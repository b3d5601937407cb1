"""Joining Cotrain: staff invited by a training lead, co-trainers invited by an editor,
and staff who register themselves with a council work email.

Every way in is an emailed, single-use link (an Invitation). A new account gets its
password only when its owner follows the link, so nobody can set a password for an
address they do not control. Someone who already has an account joins another council
only when they accept, signed in. Emails go out through Celery tasks queued on commit,
so a rolled-back upload sends nothing.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .models import Invitation, InvitationKind, Membership, User
from .roles import CO_TRAINERS_GROUP


def _queue_invitation_email(invitation):
    from .tasks import send_invitation_email

    send_invitation_email.delay_on_commit(invitation.pk)


def never_joined(user) -> bool:
    """An account made for someone (invited or registered) who has not yet set it up.

    An account that was active once and was then turned off is not this: nobody but a
    platform admin may turn it back on.
    """
    return not user.is_active and user.last_login is None


def _new_account(email, full_name):
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name, "is_active": False}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _invite(user, kind, council=None, invited_by=None, **place) -> bool:
    """Send a link unless a live one of this kind (for this council) is already out."""
    live = user.invitations.pending().filter(kind=kind, council=council)
    if live.exists():
        return False
    invitation = Invitation(user=user, kind=kind, council=council, invited_by=invited_by, **place)
    # Only the email task sees a working token; this one just fills the unique column.
    invitation.issue_token()
    invitation.save()
    _queue_invitation_email(invitation)
    return True


@transaction.atomic
def invite_staff_member(*, council, email, full_name, team, job_role, invited_by) -> str:
    """Add one person to a council. Returns what happened, as an UploadResult field name.

    The answer for an existing account elsewhere is "invited", the same as for a new
    address, so an upload never reveals who already has an account.
    """
    user = _new_account(email, full_name)
    membership = Membership.objects.filter(user=user, council=council).first()
    if never_joined(user):
        if membership is None:
            Membership.objects.create(user=user, council=council, team=team, job_role=job_role)
        elif _update_place(membership, team, job_role):
            return "updated"
        return (
            "invited" if _invite(user, InvitationKind.STAFF, council, invited_by) else "unchanged"
        )
    if membership is not None:
        return "updated" if _update_place(membership, team, job_role) else "unchanged"
    if not user.is_active:
        return "unchanged"  # an account that was turned off stays off
    # An existing account: they join this council only if they accept.
    sent = _invite(user, InvitationKind.STAFF, council, invited_by, team=team, job_role=job_role)
    return "invited" if sent else "unchanged"


def _update_place(membership, team, job_role) -> bool:
    """Bring team and job up to date. A membership that had ended comes back as a learner:
    leading training again is a platform admin's decision."""
    if (
        membership.team_id == (team.pk if team else None)
        and membership.job_role == job_role
        and membership.is_active
    ):
        return False
    if not membership.is_active:
        membership.is_training_lead = False
    membership.team, membership.job_role, membership.is_active = team, job_role, True
    membership.save()
    return True


@transaction.atomic
def invite_co_trainer(*, email, full_name, invited_by) -> bool:
    """Editors invite parent co-trainers. Never tied to a council (see DIGEST.md §6)."""
    user = _new_account(email, full_name)
    if not user.is_active and not never_joined(user):
        return False  # turned off by a platform admin: an editor cannot turn it back on
    user.groups.add(Group.objects.get(name=CO_TRAINERS_GROUP))
    return never_joined(user) and _invite(user, InvitationKind.CO_TRAINER, invited_by=invited_by)


@transaction.atomic
def resend_invitation(invitation):
    """A fresh link for someone whose invitation expired or went astray."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        return False
    invitation.sent_at = None
    invitation.save(update_fields=["sent_at"])
    _queue_invitation_email(invitation)
    return True


@transaction.atomic
def accept_invitation(invitation, *, full_name, password):
    """A new account is set up: the person chose their password and proved their email."""
    user = invitation.user
    user.full_name = full_name
    user.set_password(password)
    user.is_active = True
    user.save()
    _mark_accepted(invitation)
    return user


@transaction.atomic
def join_council(invitation):
    """Someone with an account accepts a place in another council, signed in as themselves."""
    membership, _ = Membership.objects.update_or_create(
        user=invitation.user,
        council=invitation.council,
        defaults={
            "team": invitation.team,
            "job_role": invitation.job_role or "other",
            "is_active": True,
        },
    )
    _mark_accepted(invitation)
    return membership


def _mark_accepted(invitation):
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    # Other links for the same thing are now spent.
    invitation.user.invitations.pending().filter(
        kind=invitation.kind, council=invitation.council
    ).update(expires_at=timezone.now())


# Self-registration ------------------------------------------------------------


@transaction.atomic
def register(*, full_name, email, job_role, council):
    """Someone registers with a council work email. No password yet: they choose it after
    following the emailed link, which proves the address is theirs.

    The page afterwards is the same whatever happened, so nobody can find out who has an
    account; an existing owner gets a note instead.
    """
    from .tasks import send_already_registered_email

    user = User.objects.filter(email=email).first()
    if user is not None and not never_joined(user):
        send_already_registered_email.delay_on_commit(user.pk)
        return
    if user is None:
        user = _new_account(email, full_name)
    if user.invitations.filter(kind=InvitationKind.STAFF).exists():
        # Invited by their council already: that invitation is their way in.
        for invitation in user.invitations.filter(kind=InvitationKind.STAFF, accepted_at=None):
            if invitation.is_pending:
                resend_invitation(invitation)
        return
    Membership.objects.update_or_create(
        user=user, council=council, defaults={"job_role": job_role, "is_active": True}
    )
    registration = user.invitations.filter(kind=InvitationKind.REGISTRATION).first()
    if registration is None:
        _invite(user, InvitationKind.REGISTRATION, council)
    else:
        registration.issue_token()  # a day from now, for the new email
        registration.save(update_fields=["token_hash", "expires_at"])
        resend_invitation(registration)
