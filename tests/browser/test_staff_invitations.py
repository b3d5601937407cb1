"""A training lead invites staff with a CSV file; an invitee joins; councils stay apart."""

import re

from django.core import mail
from playwright.sync_api import Page, expect

from tests import factories
from training.people.models import Invitation, Membership, Team, User

BAD_FILE = (
    "name,email,team,job role\n"
    "Priya Shah,priya.shah@council.example,Disabled children's team,Social worker\n"
    "No Email,,SEND team,Health\n"
    "Wrong Role,wrong.role@council.example,SEND team,Astronaut\n"
    "Priya Again,PRIYA.SHAH@council.example,SEND team,SENCO\n"
)
GOOD_FILE = (
    "name,email,team,job role\n"
    "Priya Shah,priya.shah@council.example,Disabled children's team,Social worker\n"
    "Tom Reed,tom.reed@council.example,SEND team,SENCO\n"
)
NEW_EMAILS = ["priya.shah@council.example", "tom.reed@council.example"]


def upload(page: Page, text: str, name="staff.csv"):
    page.get_by_label("Upload a CSV file").set_input_files(
        files=[{"name": name, "mimeType": "text/csv", "buffer": text.encode()}]
    )
    page.get_by_role("button", name="Upload and invite").click()


def summary_value(page: Page, key: str):
    row = page.locator(".govuk-summary-list__row").filter(
        has=page.locator(".govuk-summary-list__key", has_text=key)
    )
    return row.locator(".govuk-summary-list__value")


def test_a_training_lead_invites_staff_by_csv_and_an_invitee_joins(
    page: Page, second_page: Page, signed_in_as, council, emails_link_to_live_server
):
    lead = signed_in_as(factories.training_lead(council))
    page.goto("/my-council/")
    expect(page).to_have_url(re.compile(rf"/councils/{council.gss_code}/$"))
    page.get_by_role("link", name="Invite staff with a CSV file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Invite staff")

    # A file with bad lines: every one is named, and nothing at all is saved.
    upload(page, BAD_FILE)
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem with the file")
    expect(page).to_have_title(re.compile(r"^Error: Invite staff"))
    expect(summary).to_contain_text("Nobody has been invited.")
    expect(summary.get_by_role("listitem")).to_have_text(
        [
            "Line 3: Enter an email address",
            re.compile(r"^Line 4: The job role 'Astronaut' is not one of: Social worker, SENCO, "),
            "Line 5: The email address priya.shah@council.example is already on line 2",
        ]
    )
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Upload a CSV file")).to_be_focused()
    assert not User.objects.filter(email__in=NEW_EMAILS + ["wrong.role@council.example"]).exists()
    assert list(Membership.objects.filter(council=council).values_list("user", flat=True)) == [
        lead.pk
    ]
    assert not Team.objects.filter(council=council).exists()
    assert not Invitation.objects.exists()
    assert mail.outbox == []

    # The corrected file invites everyone in it, once.
    upload(page, GOOD_FILE)
    expect(page.locator(".govuk-panel__title")).to_have_text("File uploaded")
    expect(page.locator(".govuk-panel__body")).to_have_text("2 people invited")
    expect(summary_value(page, "Invited by email")).to_have_text("2")
    expect(summary_value(page, "Already here, nothing changed")).to_have_text("0")
    expect(summary_value(page, "New teams")).to_have_text("Disabled children's team, SEND team")
    assert sorted(message.to[0] for message in mail.outbox) == NEW_EMAILS

    # The same file again invites nobody new and sends nothing.
    page.goto(f"/councils/{council.gss_code}/invite/")
    upload(page, GOOD_FILE)
    expect(page.locator(".govuk-panel__body")).to_have_text("0 people invited")
    expect(summary_value(page, "Invited by email")).to_have_text("0")
    expect(summary_value(page, "Already here, nothing changed")).to_have_text("2")
    expect(summary_value(page, "New teams")).to_have_text("–")
    assert len(mail.outbox) == 2
    assert Invitation.objects.filter(council=council).count() == 2

    page.get_by_role("link", name="See everyone in this council").click()
    priya_row = page.get_by_role("row").filter(has_text="Priya Shah")
    expect(priya_row).to_contain_text("Invited")

    # Priya follows the link in her email, on her own computer.
    (email,) = [message for message in mail.outbox if message.to == ["priya.shah@council.example"]]
    link = re.search(r"https?://\S+/invitation/\S+/", email.body).group(0)
    assert link.startswith(emails_link_to_live_server)
    invitee = second_page
    invitee.goto(link)
    expect(invitee.get_by_role("heading", level=1)).to_have_text("Set up your account")
    expect(invitee.get_by_text("You will sign in with priya.shah@council.example")).to_be_visible()
    expect(invitee.get_by_label("Full name")).to_have_value("Priya Shah")
    invitee.get_by_label("Create a password").fill("kettle-orchard-lantern-9")
    invitee.get_by_role("button", name="Create account").click()

    expect(invitee).to_have_url(re.compile(r"/my-learning/$"))
    expect(invitee.get_by_role("heading", level=1)).to_have_text("My learning")
    expect(invitee.locator(".govuk-notification-banner--success")).to_contain_text(
        "Your account is ready."
    )
    priya = User.objects.get(email="priya.shah@council.example")
    assert priya.is_active and priya.check_password("kettle-orchard-lantern-9")
    assert priya.invitations.get().accepted_at is not None

    # The link worked once.
    invitee.goto(link)
    expect(invitee.get_by_role("heading", level=1)).to_have_text(
        "This link has expired or was already used"
    )

    # The training lead now sees her as joined.
    page.reload()
    expect(priya_row).to_contain_text("Joined")


def test_a_training_lead_gets_page_not_found_for_another_councils_people(
    page: Page, signed_in_as, council, other_council
):
    signed_in_as(factories.training_lead(council))
    stranger = factories.MembershipFactory(council=other_council)

    own = page.goto(f"/councils/{council.gss_code}/people/")
    assert own.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("People")

    for url in (
        f"/councils/{other_council.gss_code}/",
        f"/councils/{other_council.gss_code}/people/",
        f"/councils/{other_council.gss_code}/people/{stranger.pk}/",
        f"/councils/{other_council.gss_code}/invite/",
        f"/councils/{council.gss_code}/people/{stranger.pk}/",
    ):
        response = page.goto(url)
        assert response.status == 404, url
        expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
        expect(page.get_by_text(stranger.user.email)).to_have_count(0)
        expect(page.get_by_text(other_council.name)).to_have_count(0)


def test_a_duplicated_email_is_reported_as_the_address_it_is(page: Page, signed_in_as, council):
    signed_in_as(factories.training_lead(council))
    page.goto(f"/councils/{council.gss_code}/invite/")
    upload(page, BAD_FILE)
    expect(page.locator(".govuk-error-summary").get_by_role("listitem").last).to_have_text(
        "Line 5: The email address priya.shah@council.example is already on line 2", timeout=2_000
    )
