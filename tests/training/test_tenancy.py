"""One council's training lead can never reach another council's people or records."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from tests import factories
from training.people.models import Council, EmailDomain, Invitation, Membership, Team, User

pytestmark = pytest.mark.django_db


def _staff_invitation(council):
    invitee = factories.UserFactory()
    factories.invitation_token(invitee, "staff", council=council)
    return invitee.invitations.get()


@pytest.fixture
def two_councils(council, other_council):
    """A lead of `council`; in each council a member, a team, a staff invitation and an email
    domain, so that every scoped query has something of the other council to leave out."""
    return SimpleNamespace(
        lead=factories.training_lead(council),
        ours=factories.MembershipFactory(council=council),
        theirs=factories.MembershipFactory(council=other_council),
        our_team=factories.TeamFactory(council=council),
        their_team=factories.TeamFactory(council=other_council),
        our_invitation=_staff_invitation(council),
        their_invitation=_staff_invitation(other_council),
        our_domain=factories.EmailDomainFactory(council=council),
        their_domain=factories.EmailDomainFactory(council=other_council),
    )


def test_managed_by_scopes_every_council_model_to_the_leads_council(two_councils, council):
    two = two_councils
    lead = two.lead
    assert list(Council.objects.managed_by(lead)) == [council]
    assert set(Membership.objects.managed_by(lead)) == {two.ours, lead.memberships.get()}
    assert set(Team.objects.managed_by(lead)) == {two.our_team}
    assert set(User.objects.managed_by(lead)) == {lead, two.ours.user}
    assert set(Invitation.objects.managed_by(lead)) == {two.our_invitation}
    assert set(EmailDomain.objects.managed_by(lead)) == {two.our_domain}


def test_learners_and_co_trainers_manage_no_council(council):
    assert not Council.objects.managed_by(factories.learner(council)).exists()
    assert not Membership.objects.managed_by(factories.co_trainer()).exists()


def test_a_lead_who_has_left_manages_nothing(council):
    lead = factories.training_lead(council)
    lead.memberships.update(is_active=False)
    assert not Council.objects.managed_by(lead).exists()


def test_platform_admins_manage_every_council(two_councils):
    two = two_councils
    admin = factories.platform_admin()
    assert Council.objects.managed_by(admin).count() == Council.objects.count()
    assert Membership.objects.managed_by(admin).count() == Membership.objects.count()
    assert set(Invitation.objects.managed_by(admin)) == {two.our_invitation, two.their_invitation}
    assert set(EmailDomain.objects.managed_by(admin)) == {two.our_domain, two.their_domain}


def _council_urls(gss, membership_id):
    return [
        reverse("people:council", args=[gss]),
        reverse("people:people", args=[gss]),
        reverse("people:person", args=[gss, membership_id]),
        reverse("people:invite_staff", args=[gss]),
        reverse("people:staff_csv_template", args=[gss]),
    ]


def test_a_lead_gets_404_for_every_url_of_another_council(
    client, signed_in, two_councils, other_council
):
    theirs = two_councils.theirs
    signed_in(two_councils.lead)
    for url in _council_urls(other_council.gss_code, theirs.pk):
        assert client.get(url).status_code == 404, url
    resend = reverse("people:resend_invitation", args=[other_council.gss_code, theirs.pk])
    assert client.post(resend).status_code == 404


def test_a_lead_gets_404_for_another_councils_person_under_their_own_council(
    client, signed_in, two_councils, council
):
    signed_in(two_councils.lead)
    url = reverse("people:person", args=[council.gss_code, two_councils.theirs.pk])
    assert client.get(url).status_code == 404


def test_a_lead_sees_their_own_council_and_none_of_the_other(
    client, signed_in, two_councils, council
):
    ours, theirs = two_councils.ours, two_councils.theirs
    signed_in(two_councils.lead)
    for url in _council_urls(council.gss_code, ours.pk):
        assert client.get(url).status_code == 200, url
    people = client.get(reverse("people:people", args=[council.gss_code])).content.decode()
    assert ours.user.email in people
    assert theirs.user.email not in people


def test_every_council_url_is_in_the_tenancy_matrix():
    """A new council URL must be added to _council_urls (and so to the 404 test)."""
    from training.people.urls import urlpatterns

    council_names = {p.name for p in urlpatterns if "<str:gss_code>" in str(p.pattern)}
    covered = {
        "council",
        "people",
        "person",
        "invite_staff",
        "staff_csv_template",
        "resend_invitation",
    }
    assert council_names == covered


def test_my_council_sends_a_lead_to_their_council_and_refuses_learners(client, signed_in, council):
    signed_in(factories.training_lead(council))
    assert client.get(reverse("people:my_council")).url == council.get_absolute_url()
    client.logout()
    signed_in(factories.learner(council))
    assert client.get(reverse("people:my_council")).status_code == 403


def test_the_people_list_runs_the_same_queries_for_5_or_50_people(
    client, signed_in, council, django_assert_max_num_queries
):
    signed_in(factories.training_lead(council))
    team = factories.TeamFactory(council=council)
    url = reverse("people:people", args=[council.gss_code])
    factories.MembershipFactory.create_batch(5, council=council, team=team)
    with django_assert_max_num_queries(25) as small:
        client.get(url)
    factories.MembershipFactory.create_batch(45, council=council, team=team)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get(url).status_code == 200
