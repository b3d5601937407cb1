"""People, councils, teams, memberships and invitations.

Everything that belongs to a council is reached through ``managed_by(person)``, and
everything about one person's learning through ``visible_to(person)``: the one tenancy
rule (tenancy.py). A training lead sees the councils they lead; a platform admin sees all.
"""

from .choices import CreditChoice, JobRole
from .councils import Council, EmailDomain, Team
from .invitations import LINK_HOURS, Invitation, InvitationKind, hash_token
from .memberships import Membership
from .tenancy import CouncilScopedQuerySet, PersonScopedQuerySet
from .users import User, normalise_email

__all__ = [
    "LINK_HOURS",
    "Council",
    "CouncilScopedQuerySet",
    "CreditChoice",
    "EmailDomain",
    "Invitation",
    "InvitationKind",
    "JobRole",
    "Membership",
    "PersonScopedQuerySet",
    "Team",
    "User",
    "hash_token",
    "normalise_email",
]
