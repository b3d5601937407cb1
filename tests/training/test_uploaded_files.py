"""Uploaded files (images and their renditions, documents, recordings, captions) reach only
the people who may see a page that uses them, or who manage them in the admin, in every
settings; nothing is served before sign-in and two-factor; no file under /media/."""

import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.checks import Error
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.http import HttpResponse
from django.test import Client
from django.urls import clear_url_caches, get_resolver, resolve
from wagtail.images.models import Rendition
from wagtail.models import PageViewRestriction, UploadedFile
from wagtail.users.models import UserProfile
from wagtail.utils import sendfile as wagtail_sendfile

from courses.models import ModulePage
from courses.setup import ensure_course_workflow
from tests import factories
from tests.conftest import sign_in_verified
from training.core import checks, uploaded_files
from training.core.page_builder import make_private
from training.core.protected_media import media_url

pytestmark = pytest.mark.django_db

PILOT_GROUP = "Pilot learners"


def nginx_sendfile(request, filename, **kwargs):
    """A sendfile backend as a web server would use one: Cotrain checks, the server sends."""
    response = HttpResponse(content_type=kwargs.get("mimetype"))
    response["X-Accel-Redirect"] = "/protected/" + filename.rsplit("/", 1)[-1]
    return response


def _use_settings(name, settings, tmp_path):
    """The tests' in-memory storage; development (DEBUG, files on disk); production (files
    on disk, sent by the web server through sendfile after Cotrain's check)."""
    if name != "test":
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(tmp_path)},
            },
        }
    settings.DEBUG = name == "development"
    if name == "production":
        settings.SENDFILE_BACKEND = __name__
    wagtail_sendfile._get_sendfile.clear()


@pytest.fixture(params=["test", "development", "production"])
def any_settings(request, settings, tmp_path):
    _use_settings(request.param, settings, tmp_path)
    yield request.param
    wagtail_sendfile._get_sendfile.clear()


@pytest.fixture
def production(settings, tmp_path):
    _use_settings("production", settings, tmp_path)
    yield
    wagtail_sendfile._get_sendfile.clear()


sendfile = nginx_sendfile  # SENDFILE_BACKEND names this module: it must offer `sendfile`


def _module_for_the_pilot():
    """A module with one of every block, in a course private to the pilot group."""
    course = factories.course(modules=1, body=factories.every_block_body())
    make_private(course, PILOT_GROUP)
    return ModulePage.objects.child_of(course).get()


def _block(module, block_type):
    return next(child for child in module.body if child.block_type == block_type)


def _addresses(module) -> dict[str, str]:
    image = _block(module, "image").value["image"]
    video = _block(module, "video")
    handout = _block(module, "resource").value["document"]
    return {
        "original image": image.file.url,
        "image rendition": image.get_rendition("max-960x720").url,
        "document": handout.file.url,
        "document, by Wagtail's view": handout.url,
        "recording": video.value["video"].file.url,
        "recording, by its block": media_url(module, video.id, "file"),
        "captions": video.value["captions"].file.url,
        "captions, by its block": media_url(module, video.id, "captions"),
    }


def _outcome(client, address) -> str:
    response = client.get(address)
    if response.status_code == 200:
        return "file" if response.streaming or response.get("X-Accel-Redirect") else "page"
    if response.status_code == 302:
        target = response["Location"]
        if target.startswith("/sign-in/"):
            return "sign in"
        if target.startswith("/two-factor/"):
            return "two-factor"
        if target.startswith(settings.MEDIA_URL):  # Wagtail's document view, once it agrees
            return _outcome(client, target)
        return f"302 to {target}"
    return {404: "not found", 403: "forbidden"}.get(response.status_code, str(response.status_code))


def _people():
    pilot = factories.learner()
    pilot.groups.add(Group.objects.get_or_create(name=PILOT_GROUP)[0])
    return {
        "signed out": Client(),
        "learner who may see it": sign_in_verified(Client(), pilot),
        "learner who may not": sign_in_verified(Client(), factories.learner()),
        "editor before two-factor": _signed_in_without_two_factor(factories.editor()),
        "editor": sign_in_verified(Client(), factories.editor()),
    }


def _signed_in_without_two_factor(person):
    factories.with_authenticator(person)
    client = Client()
    client.force_login(person)
    return client


EXPECTED = {
    "signed out": "sign in",
    "learner who may see it": "file",
    "learner who may not": "not found",
    "editor before two-factor": "two-factor",
    "editor": "file",
}


def test_every_kind_of_file_for_every_person_in_every_settings(any_settings):
    module = _module_for_the_pilot()
    addresses = _addresses(module)
    people = _people()
    found = {
        (kind, person): _outcome(client, address)
        for kind, address in addresses.items()
        for person, client in people.items()
    }
    expected = {(kind, person): EXPECTED[person] for kind in addresses for person in people}
    assert found == expected
    assert all(address.startswith(("/files/", "/documents/")) for address in addresses.values()), (
        addresses
    )


def test_a_file_is_sent_whole_with_headers_that_stop_it_running(client, signed_in):
    module = _module_for_the_pilot()
    image = _block(module, "image").value["image"]
    signed_in(factories.editor())
    with default_storage.open(image.file.name) as stored:
        content = stored.read()
    response = client.get(image.file.url)
    assert b"".join(response.streaming_content) == content
    assert content.startswith(b"\x89PNG")
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert "no-store" in response["Cache-Control"]


def test_production_hands_the_sending_to_the_web_server_only_after_the_check(production):
    module = _module_for_the_pilot()
    people = _people()
    address = _addresses(module)["image rendition"]
    allowed = people["learner who may see it"].get(address)
    assert allowed["X-Accel-Redirect"].startswith("/protected/")
    refused = people["learner who may not"].get(address)
    assert refused.status_code == 404 and "X-Accel-Redirect" not in refused


def test_nothing_is_served_from_media_url_in_development(settings, client, signed_in):
    """With DEBUG on, the URLs once served MEDIA_ROOT to anyone at /media/."""
    settings.DEBUG = True
    import training.urls

    try:
        importlib.reload(training.urls)
        clear_url_caches()
        callbacks = {pattern.callback for pattern in _patterns(get_resolver("training.urls"))}
        from django.views.static import serve as serve_a_folder

        assert serve_a_folder not in callbacks
        assert resolve("/files/media/original_images/x.png").url_name == "uploaded_file"
        signed_in(factories.platform_admin())
        assert client.get("/media/original_images/x.png").status_code == 404
    finally:
        settings.DEBUG = False
        importlib.reload(training.urls)
        clear_url_caches()


def _patterns(resolver):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _patterns(pattern)
        else:
            yield pattern


# Who may open what --------------------------------------------------------------------------


def test_a_file_no_page_uses_is_for_the_people_who_manage_it(client, signed_in, any_settings):
    image, handout = factories.image("Not used"), factories.document("Not used")
    recording = factories.recording()
    signed_in(factories.learner())
    for address in (image.file.url, handout.file.url, handout.url, recording.file.url):
        assert client.get(address).status_code == 404, address
    signed_in(factories.editor())
    for address in (image.file.url, handout.file.url, handout.url, recording.file.url):
        assert client.get(address).status_code == 200, address


def test_a_file_only_a_draft_uses_is_for_the_drafts_editors_and_reviewers(
    client, signed_in, any_settings
):
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=1)
    ensure_course_workflow()
    module = ModulePage.objects.child_of(course).get()
    image, handout = factories.image("New"), factories.document("New handout")
    module.body = [
        ("image", {"image": image, "alt_text": "A new diagram", "caption": ""}),
        ("resource", {"document": handout, "title": "", "description": ""}),
    ]
    module.save_revision(user=editor)  # a draft: the live module has neither
    addresses = [image.file.url, image.get_rendition("max-960x720").url, handout.url]
    learner = factories.learner()
    signed_in(learner)
    assert [client.get(a).status_code for a in addresses] == [404, 404, 404]
    signed_in(co_trainer)
    assert [client.get(a).status_code for a in addresses] == [404, 404, 404], "not asked yet"
    module.get_workflow().start(module, editor)
    assert [client.get(a).status_code for a in addresses] == [200, 200, 200], "reviewing it"
    signed_in(editor)
    assert [client.get(a).status_code for a in addresses] == [200, 200, 200]


def test_a_learner_sees_only_the_files_of_the_version_they_may_see(client, signed_in):
    course = factories.course(modules=1, body=factories.every_block_body())
    module = ModulePage.objects.child_of(course).get()
    live_image = _block(module, "image").value["image"]
    draft_image = factories.image("Coming soon")
    module.body = [("image", {"image": draft_image, "alt_text": "Soon", "caption": ""})]
    module.save_revision()
    signed_in(factories.learner())
    assert client.get(live_image.file.url).status_code == 200
    assert client.get(draft_image.file.url).status_code == 404


def test_a_reviewer_gets_only_the_files_the_draft_they_review_uses(client, signed_in):
    """Reviewing one module's draft opens that draft's files, not those of modules the
    reviewer may not see."""
    co_trainer, editor = factories.co_trainer(), factories.editor()
    course = factories.course(modules=1)
    ensure_course_workflow()
    module = ModulePage.objects.child_of(course).get()
    module.body = [("image", {"image": factories.image(), "alt_text": "New", "caption": ""})]
    module.save_revision(user=editor)
    module.get_workflow().start(module, editor)
    private_image = _block(_module_for_the_pilot(), "image").value["image"]
    signed_in(co_trainer)
    assert client.get(private_image.file.url).status_code == 404


def test_an_alias_opens_no_files_its_source_would_not(client, signed_in, any_settings):
    """Wagtail gives an alias the view restrictions of its source page, not those of the
    source's course: an alias of a private course's module in a public course would
    otherwise serve the private module's files to everyone."""
    module = _module_for_the_pilot()
    public_course = factories.course(modules=0)
    alias = module.create_alias(parent=public_course, update_slug="shared-module")
    image = _block(module, "image").value["image"]
    video = _block(module, "video")
    addresses = [
        image.file.url,
        media_url(alias, video.id, "file"),
        media_url(alias, video.id, "captions"),
    ]
    signed_in(factories.learner())
    assert [client.get(a).status_code for a in addresses] == [404, 404, 404]
    pilot = factories.learner()
    pilot.groups.add(Group.objects.get(name=PILOT_GROUP))
    signed_in(pilot)
    assert [client.get(a).status_code for a in addresses] == [200, 200, 200]


def test_a_public_module_with_an_image_in_a_private_one_shares_it(client, signed_in):
    module = _module_for_the_pilot()
    image = _block(module, "image").value["image"]
    factories.course(
        modules=1, body=[("image", {"image": image, "alt_text": "Shared", "caption": ""})]
    )
    signed_in(factories.learner())
    assert client.get(image.file.url).status_code == 200


def test_avatars_are_for_people_who_use_the_admin(client, signed_in):
    editor = factories.editor()
    profile = UserProfile.get_for_user(editor)
    profile.avatar.save("face.png", factories.image().file, save=True)
    address = profile.avatar.url
    signed_in(factories.learner())
    assert client.get(address).status_code == 404
    signed_in(factories.editor())
    assert client.get(address).status_code == 200


def test_an_upload_waiting_for_its_title_is_only_for_who_uploaded_it(client, signed_in):
    editor, other_editor = factories.editor(), factories.editor()
    upload = UploadedFile.objects.create(
        file=ContentFile(b"GIF89a", name="new.gif"), uploaded_by_user=editor
    )
    signed_in(other_editor)
    assert client.get(upload.file.url).status_code == 404
    signed_in(editor)
    assert client.get(upload.file.url).status_code == 200


def test_an_address_that_names_no_file_is_not_found(client, signed_in):
    signed_in(factories.platform_admin())
    for name in ("original_images/none.png", "../settings.py", "elsewhere/x.png", ""):
        assert client.get(f"/files/media/{name}").status_code == 404, name


# Every kind of file there is ----------------------------------------------------------------


def test_every_file_field_of_every_model_is_served_by_a_kind():
    """A new model with a file (an app's, or a new Wagtail's) must say who may open it, or
    its files would be "not found" for everyone, or worse, served some other way."""
    fields = {
        (model._meta.label_lower, field.name)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }
    assert fields == {(kind.model()._meta.label_lower, kind.field) for kind in uploaded_files.KINDS}


def test_each_kind_holds_the_files_in_its_folder():
    image = factories.image()
    rendition = image.get_rendition("max-10x10")
    for item, field in (
        (image, "file"),
        (rendition, "file"),
        (factories.document(), "file"),
        (factories.recording(), "file"),
    ):
        name = getattr(item, field).name
        assert uploaded_files.kind_of(name).model() is type(item)._meta.concrete_model, name
    assert isinstance(rendition, Rendition)


def test_the_default_storage_serves_through_cotrain_in_every_settings(settings):
    assert checks.uploaded_files_are_served_by_cotrain() == []
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"base_url": "/media/"},
        },
    }
    errors = checks.uploaded_files_are_served_by_cotrain()
    assert [type(error) for error in errors] == [Error]
    assert errors[0].id == "cotrain.E002"


def test_the_view_restriction_rule_is_wagtails(client, signed_in):
    """Pages private to signed-in people (not a group) share their files with everyone
    signed in, as Wagtail shows them the page."""
    course = factories.course(modules=1, body=factories.every_block_body())
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    image = _block(ModulePage.objects.child_of(course).get(), "image").value["image"]
    signed_in(factories.learner())
    assert client.get(image.file.url).status_code == 200
