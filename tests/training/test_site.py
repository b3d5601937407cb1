"""The site as a whole: headers, health, statements, demo data, councils, outbox, admin."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils.html import escape

from tests import factories
from training.people.models import Council, Membership, User

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_people_pages_get_a_strict_content_security_policy(client):
    response = client.get(reverse("people:sign_in"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()


def test_the_wagtail_admin_gets_its_looser_policy_only_there(client, signed_in):
    signed_in(factories.editor())
    policy = client.get(reverse("wagtailadmin_home"))["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy and "nonce-" not in policy


def test_security_headers_on_every_page(client):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_signed_in_pages_are_never_cached(client, signed_in, council):
    signed_in(factories.learner(council))
    response = client.get(reverse("courses:my_learning"))
    assert "no-store" in response["Cache-Control"]


PRODUCTION = {
    "PATH": "/usr/bin:/bin",
    "DJANGO_SETTINGS_MODULE": "training.settings.production",
    "SECRET_KEY": "k" * 20 + "-deploy-check-only-9f8e7d6c5b4a3928171605f4e3d2c1b0",
    "ALLOWED_HOSTS": "cotrain.example",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "SITE_URL": "https://cotrain.example",
    "EMAIL_URL": "smtp+tls://mailer.example:587",
}


def manage_in_production(*args, without=()):
    env = {name: value for name, value in PRODUCTION.items() if name not in without}
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage_in_production("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage_in_production("check", without=["SECRET_KEY"])
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_development_defaults():
    result = manage_in_production(
        "check", without=["DATABASE_URL", "ALLOWED_HOSTS", "SITE_URL", "EMAIL_URL"]
    )
    assert result.returncode != 0
    assert "DATABASE_URL, ALLOWED_HOSTS, SITE_URL, EMAIL_URL" in result.stderr


def test_health_reports_each_dependency(client):
    response = client.get(reverse("health"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok" and body["checks"]["cache"] == "ok"
    assert body["checks"]["broker"] in {"ok", "inline"}


def test_health_says_503_when_the_database_fails(client, monkeypatch):
    from training.core import views

    def broken():
        raise OSError("connection refused")

    monkeypatch.setattr(views, "_check_database", broken)
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "error"


@pytest.mark.parametrize("name", ["core:accessibility_statement", "core:privacy_notice"])
def test_statements_are_public_and_linked_from_every_page(client, name):
    url = reverse(name)
    assert client.get(url).status_code == 200
    assert f'href="{url}"' in client.get(reverse("people:sign_in")).content.decode()


def test_the_accessibility_statement_names_the_enforcement_procedure_and_a_date(client):
    body = client.get(reverse("core:accessibility_statement")).content.decode()
    assert "Equality Advisory and Support Service" in body
    assert "2026" in body


def test_the_welsh_site_is_served_under_cy_with_a_switcher_back(client):
    response = client.get("/cy/sign-in/")
    body = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="cy"' in body
    assert 'href="/sign-in/"' in body and 'lang="en"' in body


def test_the_landing_page_is_public(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "Cotrain" in response.content.decode()


def test_all_153_english_councils_are_loaded_and_start_inactive():
    assert Council.objects.count() == 153
    assert Council.objects.get(gss_code="E09000002").name == "Barking and Dagenham"
    assert not Council.objects.filter(is_active=True).exists()


def test_reloading_councils_changes_nothing_twice(capsys):
    call_command("load_councils")
    assert "0 added, 153 refreshed" in capsys.readouterr().out
    assert Council.objects.count() == 153


def test_membership_changes_are_audited(council):
    membership = factories.MembershipFactory(council=council)
    membership.is_training_lead = True
    membership.save()
    assert [h.history_type for h in membership.history.all()] == ["~", "+"]
    assert membership.history.first().is_training_lead is True


def test_seed_demo_is_idempotent_and_has_every_role(capsys):
    call_command("seed_demo")
    counts = (User.objects.count(), Membership.objects.count())
    call_command("seed_demo")
    assert (User.objects.count(), Membership.objects.count()) == counts
    out = capsys.readouterr().out
    assert "cotrain-demo-2026" in out and "authenticator key" in out
    assert Membership.objects.filter(is_training_lead=True).count() == 2
    assert Council.objects.filter(is_active=True).count() == 3
    assert User.objects.filter(groups__name="Parent co-trainers").count() == 3
    assert 30 <= Membership.objects.filter(is_training_lead=False).count() <= 40


def test_seed_demo_is_refused_without_permission(settings):
    settings.ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError, match="refused"):
        call_command("seed_demo")


def test_the_dev_outbox_shows_emails_only_in_debug(client, settings, tmp_path):
    from django.core.mail import get_connection, send_mail

    settings.OUTBOX_DIR = tmp_path
    connection = get_connection("training.core.outbox.OutboxEmailBackend")
    send_mail(
        "Hello there",
        "Follow http://127.0.0.1:8000/x/",
        "a@b.example",
        ["c@d.example"],
        connection=connection,
    )
    assert client.get(reverse("core:outbox")).status_code == 404
    settings.DEBUG = True
    listing = client.get(reverse("core:outbox")).content.decode()
    assert "Hello there" in listing
    message_id = next(tmp_path.glob("*.eml")).stem
    detail = client.get(reverse("core:outbox_message", args=[message_id])).content.decode()
    assert 'href="http://127.0.0.1:8000/x/"' in detail
    assert client.get(reverse("core:outbox_message", args=[".."])).status_code == 404


def test_editors_create_people_in_the_admin_with_a_full_name(client, signed_in):
    signed_in(factories.platform_admin())
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "email": "New.Editor@Example.org",
            "full_name": "New Editor",
            "preferred_language": "cy",
            "password1": "a long pass phrase",
            "password2": "a long pass phrase",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email="new.editor@example.org")
    assert user.full_name == "New Editor" and user.preferred_language == "cy"


def test_councils_are_editable_data_in_the_admin(client, signed_in):
    signed_in(factories.platform_admin())
    assert client.get("/admin/councils/").status_code == 200
    council = Council.objects.get(gss_code="E08000035")
    response = client.post(
        f"/admin/councils/edit/{council.pk}/",
        {
            "name": "Leeds",
            "gss_code": "E08000035",
            "dfe_code": 383,
            "region_code": "E12000003",
            "region_name": "Yorkshire and The Humber",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    council.refresh_from_db()
    assert council.is_active


@pytest.mark.parametrize(
    "url",
    [
        "/admin/councils/",
        "/admin/memberships/",
        "/admin/authenticators/",
        "/admin/users/",
        "/admin/groups/",
    ],
)
def test_editors_cannot_manage_people_councils_or_authenticators(client, signed_in, url):
    signed_in(factories.editor())
    response = client.get(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_nobody_adds_an_authenticator_for_someone_else(client, signed_in):
    signed_in(factories.platform_admin())
    # Not even a superuser: the viewset's NoAddPermissionPolicy refuses "add", so Wagtail's
    # create view raises PermissionDenied, which the admin turns into a redirect to its home
    # with an error message (it only answers 403 to XMLHttpRequest).
    response = client.get("/admin/authenticators/new/")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert "/admin/authenticators/new/" not in client.get("/admin/authenticators/").content.decode()


def test_settings_have_no_secret_in_base():
    assert not hasattr(__import__("training.settings.base", fromlist=["x"]), "SECRET_KEY")
    assert settings.AUTH_USER_MODEL == "people.User"


def test_platform_admins_can_remove_a_lost_authenticator(client, signed_in, council):
    lead = factories.training_lead(council)
    device = factories.with_authenticator(lead)
    signed_in(factories.platform_admin())
    assert escape(lead.full_name) in client.get("/admin/authenticators/").content.decode()
    client.post(f"/admin/authenticators/delete/{device.pk}/")
    assert not lead.totpdevice_set.exists()


def test_platform_admins_make_training_leads_in_the_admin(client, signed_in, council):
    membership = factories.MembershipFactory(council=council)
    signed_in(factories.platform_admin())
    response = client.post(
        f"/admin/memberships/edit/{membership.pk}/",
        {
            "user": membership.user.pk,
            "council": council.pk,
            "job_role": "manager",
            "is_training_lead": "on",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_training_lead
    assert membership.history.first().history_user is not None


def test_client_addresses_ignore_forwarded_headers_unless_a_proxy_is_configured(settings):
    from django.test import RequestFactory

    from training.core.ratelimit import client_address

    request = RequestFactory().get(
        "/", HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.2", REMOTE_ADDR="10.0.0.1"
    )
    assert client_address(request) == "10.0.0.1"  # a client could write any header it liked
    settings.AXES_IPWARE_PROXY_COUNT = 1
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    assert client_address(request) == "203.0.113.9"
