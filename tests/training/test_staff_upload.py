"""A training lead's CSV upload: all or nothing, every bad line named, idempotent."""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests import factories
from training.people.models import Invitation, Membership, Team, User
from training.people.staff_upload import read_staff_csv, save_staff_upload

pytestmark = pytest.mark.django_db

GOOD = (
    "name,email,team,job role\n"
    "Priya Shah,priya.shah@council.example,Disabled children's team,Social worker\n"
    "Tom Reed,TOM.REED@council.example , SEND team ,senco\n"
    "Mo Khan,mo.khan@council.example,,EHC plan co-ordinator\n"
)


def upload(text, name="staff.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def test_a_good_file_is_read_with_normalised_emails_and_job_roles():
    check = read_staff_csv(upload(GOOD))
    assert check.is_valid
    assert [(r.line, r.email, r.team, r.job_role) for r in check.rows] == [
        (2, "priya.shah@council.example", "Disabled children's team", "social_worker"),
        (3, "tom.reed@council.example", "SEND team", "senco"),
        (4, "mo.khan@council.example", "", "ehc_coordinator"),
    ]


def test_every_bad_line_is_reported_with_its_number_and_reason():
    text = (
        "Name,Email,Team,Job role\n"
        "Priya Shah,priya.shah@council.example,Team A,Social worker\n"
        ",no-name@council.example,Team A,Health\n"
        "No Email,,Team A,Health\n"
        "Bad Email,not-an-email,Team A,Health\n"
        "Wrong Role,wrong.role@council.example,Team A,Astronaut\n"
        "Priya Again,PRIYA.SHAH@council.example,Team A,Health\n"
    )
    check = read_staff_csv(upload(text))
    assert not check.is_valid
    lines = dict(check.row_errors)
    assert set(lines) == {3, 4, 5, 6, 7}
    assert "name" in lines[3]
    assert "email address" in lines[4]
    assert "not-an-email" in lines[5]
    assert "Astronaut" in lines[6] and "Social worker" in lines[6]
    assert "already on line 2" in lines[7]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"name,email\nA,a@b.example\n", "Missing: team, job role"),
        (b"name,email,team,job role\n", "nobody in it"),
        ("name,email,team,job role\nZo\xeb,z@b.example,T,Other\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_whole_file_problems_are_explained(content, message):
    check = read_staff_csv(SimpleUploadedFile("f.csv", content))
    assert not check.is_valid
    assert message in " ".join(check.errors)


def test_a_file_over_the_size_limit_is_refused_before_reading():
    big = SimpleUploadedFile("big.csv", b"x" * (1024 * 1024 + 1))
    assert "larger than 1 MB" in read_staff_csv(big).errors[0]


def test_saving_invites_everyone_in_one_go_and_emails_each(
    council, django_capture_on_commit_callbacks
):
    lead = factories.training_lead(council)
    with django_capture_on_commit_callbacks(execute=True):
        result = save_staff_upload(read_staff_csv(upload(GOOD)), council, lead)
    assert len(result.invited) == 3
    assert sorted(result.new_teams) == ["Disabled children's team", "SEND team"]
    assert Membership.objects.filter(council=council).count() == 4
    assert len(mail.outbox) == 3
    assert all(not User.objects.get(email=e).is_active for e in result.invited)


def test_the_same_file_twice_creates_no_duplicates(council, django_capture_on_commit_callbacks):
    lead = factories.training_lead(council)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            result = save_staff_upload(read_staff_csv(upload(GOOD)), council, lead)
    assert len(result.unchanged) == 3 and not result.invited
    assert User.objects.filter(email__endswith="@council.example").count() == 3
    assert Invitation.objects.count() == 3
    assert Team.objects.filter(council=council).count() == 2
    assert len(mail.outbox) == 3


def test_a_changed_team_updates_the_membership(council):
    lead = factories.training_lead(council)
    save_staff_upload(read_staff_csv(upload(GOOD)), council, lead)
    changed = GOOD.replace("SEND team ,senco", "Early help,senco")
    result = save_staff_upload(read_staff_csv(upload(changed)), council, lead)
    assert result.updated == ["tom.reed@council.example"]
    assert Membership.objects.get(user__email="tom.reed@council.example").team.name == "Early help"


def test_someone_with_an_account_elsewhere_joins_only_if_they_accept(
    client, council, other_council, django_capture_on_commit_callbacks
):
    existing = factories.returning_person(other_council, email="priya.shah@council.example")
    with django_capture_on_commit_callbacks(execute=True):
        result = save_staff_upload(
            read_staff_csv(upload(GOOD)), council, factories.training_lead(council)
        )
    # Reported like any new address, so an upload never reveals who has an account.
    assert "priya.shah@council.example" in result.invited
    assert existing.memberships.count() == 1
    message = next(m for m in mail.outbox if m.to == [existing.email])
    assert "already have a Cotrain account" in message.body
    path = message.body.split("http://127.0.0.1:8000")[1].split()[0]
    assert client.get(path).url.startswith(reverse("people:sign_in"))
    client.force_login(existing)
    assert "Join" in client.get(path).content.decode()
    client.post(path)
    joined = existing.memberships.get(council=council)
    assert joined.team.name == "Disabled children's team" and not joined.is_training_lead


def test_an_invitation_for_someone_else_cannot_be_accepted_by_a_signed_in_stranger(
    client, council, other_council, django_capture_on_commit_callbacks
):
    existing = factories.returning_person(other_council, email="priya.shah@council.example")
    with django_capture_on_commit_callbacks(execute=True):
        save_staff_upload(read_staff_csv(upload(GOOD)), council, factories.training_lead(council))
    message = next(m for m in mail.outbox if m.to == [existing.email])
    path = message.body.split("http://127.0.0.1:8000")[1].split()[0]
    client.force_login(factories.learner(council))
    assert client.post(path).status_code == 403
    assert existing.memberships.count() == 1


def test_an_account_that_was_turned_off_is_not_turned_back_on(council, other_council):
    leaver = factories.training_lead(other_council, email="priya.shah@council.example")
    leaver.last_login = leaver.date_joined
    leaver.is_active = False
    leaver.save()
    save_staff_upload(read_staff_csv(upload(GOOD)), council, factories.training_lead(council))
    assert not leaver.invitations.exists()
    assert leaver.memberships.count() == 1


def test_a_returning_member_comes_back_as_a_learner_not_a_lead(council):
    lead = factories.training_lead(council, email="priya.shah@council.example")
    lead.memberships.update(is_active=False)
    save_staff_upload(read_staff_csv(upload(GOOD)), council, factories.training_lead(council))
    membership = lead.memberships.get()
    assert membership.is_active and not membership.is_training_lead


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Nul\x00Name,nul@council.example,T,Other", "control characters"),
        ("Long,{}@council.example,T,Other".format("a" * 250), "is not valid"),
    ],
)
def test_rows_the_database_would_refuse_are_reported_instead(row, message):
    check = read_staff_csv(upload("name,email,team,job role\n" + row + "\n"))
    assert not check.is_valid
    assert message in check.row_errors[0][1]


def test_a_repeated_column_is_a_file_problem():
    check = read_staff_csv(
        upload("name,email,team,job role,email\nA,a@b.example,T,Other,c@d.example\n")
    )
    assert "more than once: email" in check.errors[0]


def test_teams_match_whatever_their_case(council):
    factories.TeamFactory(council=council, name="SEND TEAM")
    result = save_staff_upload(
        read_staff_csv(upload(GOOD)), council, factories.training_lead(council)
    )
    assert result.new_teams == ["Disabled children's team"]


def test_a_failure_part_way_saves_nothing(council, monkeypatch):
    from training.people import staff_upload

    calls = []

    def fail_on_second(**kwargs):
        calls.append(kwargs["email"])
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return original(**kwargs)

    original = staff_upload.invite_staff_member
    monkeypatch.setattr(staff_upload, "invite_staff_member", fail_on_second)
    with pytest.raises(RuntimeError):
        save_staff_upload(read_staff_csv(upload(GOOD)), council, factories.training_lead(council))
    assert not User.objects.filter(email__endswith="@council.example").exists()
    assert not Team.objects.filter(council=council).exists()


def test_the_upload_page_names_bad_lines_and_saves_nothing(client, signed_in, council):
    signed_in(factories.training_lead(council))
    url = reverse("people:invite_staff", args=[council.gss_code])
    bad = GOOD + "Only Name,,,\n"
    response = client.post(url, {"file": upload(bad)})
    assert response.status_code == 400
    body = response.content.decode()
    assert "There is a problem with the file" in body
    assert "Line 5:" in body
    assert not User.objects.filter(email__endswith="@council.example").exists()


def test_the_upload_page_invites_and_reports_counts(client, signed_in, council):
    signed_in(factories.training_lead(council))
    url = reverse("people:invite_staff", args=[council.gss_code])
    response = client.post(url, {"file": upload(GOOD)})
    assert response.status_code == 200
    assert "3 people invited" in response.content.decode()


def test_the_upload_page_asks_for_a_file(client, signed_in, council):
    signed_in(factories.training_lead(council))
    response = client.post(reverse("people:invite_staff", args=[council.gss_code]), {})
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


def test_the_template_csv_has_the_right_columns(client, signed_in, council):
    signed_in(factories.training_lead(council))
    response = client.get(reverse("people:staff_csv_template", args=[council.gss_code]))
    assert response["Content-Type"].startswith("text/csv")
    header = response.content.decode().splitlines()[0]
    assert header == "name,email,team,job role"
    check = read_staff_csv(SimpleUploadedFile("t.csv", response.content))
    assert check.is_valid


def test_job_roles_are_accepted_in_english_while_the_page_is_in_welsh():
    from django.utils import translation

    with translation.override("cy"):
        check = read_staff_csv(upload(GOOD))
    assert check.is_valid
