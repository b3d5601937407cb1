"""Wagtail, wagtail-localize and wagtailmedia internals that Cotrain relies on.

Each test checks Wagtail's own behaviour, not Cotrain's: it fails if an upgrade changes
something Cotrain's code depends on but Wagtail does not promise to keep. docs/upgrading.md
lists every one, where Cotrain uses it and what would break. Cotrain's own behaviour is
covered by its other tests.
"""

import inspect
import pickle
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import wagtail.users
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.contenttypes.models import ContentType
from django.http import HttpResponse
from django.template import Engine
from django.template.loader_tags import BlockNode
from django.test import RequestFactory
from django.urls import resolve, reverse
from wagtail import blocks, hooks
from wagtail import views as wagtail_views
from wagtail.actions.move_page import MovePagePermissionError
from wagtail.actions.publish_page_revision import (
    PublishPagePermissionError,
    PublishPageRevisionAction,
)
from wagtail.admin.compare import StreamBlockComparison, diff_text
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.admin.templatetags.wagtailadmin_tags import register as wagtailadmin_tags
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    PagePermissionTester,
    PageViewRestriction,
    ReferenceIndex,
    Site,
    Task,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.search import index
from wagtail.signals import task_submitted
from wagtail.url_routing import RouteResult
from wagtail.urls import serve_pattern
from wagtail.users.views.users import UserViewSet
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

from courses.models import CourseIndexPage, CoursePage, ModulePage
from courses.workflow_actions import publish_reviewed_revision
from tests import factories
from training.core.models import HomePage
from training.people.admin_views import CotrainUserCreationForm, CotrainUserEditForm
from training.people.roles import CO_TRAINERS_GROUP

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def _request(path="/", user=None):
    request = RequestFactory().get(path)
    request.user = user or AnonymousUser()
    return request


def _params(function) -> list[str]:
    return list(inspect.signature(function).parameters)


class _RefusingTester(PagePermissionTester):
    """A permission tester that refuses publishing and moving, and notes where to."""

    moved_to = []

    def can_publish(self):
        return False

    def can_move_to(self, destination):
        self.moved_to.append(destination.pk)
        return False


def _refusing(page, user):
    return _RefusingTester(user, page)


# Serving pages: routing.py hands Wagtail the site and route it found -----------------


def test_site_find_for_request_reuses_request__wagtail_site(django_assert_num_queries):
    request = _request()
    sentinel = Site(hostname="sentinel.example", port=80)
    request._wagtail_site = sentinel
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is sentinel


def test_site_find_for_request_stores_its_answer_on_request__wagtail_site():
    request = _request()
    site = Site.find_for_request(request)
    assert site is not None
    assert request._wagtail_site is site


def test_page_route_for_request_reuses_request__wagtail_route_for_request(
    django_assert_num_queries,
):
    request = _request("/courses/")
    sentinel = RouteResult(factories.home_page())
    request._wagtail_route_for_request = sentinel
    with django_assert_num_queries(0):
        assert Page.route_for_request(request, "courses/") is sentinel


def test_page_route_for_request_stores_its_route_on_request__wagtail_route_for_request():
    catalogue = factories.catalogue()
    request = _request("/courses/")
    route = Page.route_for_request(request, "courses/")
    assert route[0].pk == catalogue.pk
    assert request._wagtail_route_for_request is route


def test_route_result_unpacks_to_page_args_and_kwargs():
    home = factories.home_page()
    page, args, kwargs = RouteResult(home)
    assert (page, list(args), dict(kwargs)) == (home, [], {})


def test_wagtail_serve_view_serves_the_route_primed_on_the_request():
    home = factories.home_page()
    request = _request("/no-such-page/")
    request._wagtail_route_for_request = RouteResult(home)
    response = wagtail_views.serve(request, "no-such-page/")
    assert response.status_code == 200
    assert response.context_data["page"] == home


def test_page_get_parent_returns__cached_parent_obj_without_a_query(django_assert_num_queries):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    sentinel = Page(title="Not really the parent")
    module._cached_parent_obj = sentinel
    with django_assert_num_queries(0):
        assert module.get_parent() is sentinel


def test_page_route_sets__cached_parent_obj_on_the_specific_child_it_routes_to():
    catalogue = factories.catalogue()
    home = factories.home_page()  # loaded after its child, so it knows it has one
    assert _params(Page.route) == ["self", "request", "path_components"]
    page, _args, _kwargs = Page.route(home, _request("/courses/"), ["courses"])
    assert isinstance(page, CourseIndexPage)  # made specific, keeping the attribute
    assert page.pk == catalogue.pk
    assert page.__dict__["_cached_parent_obj"] is home


def test_stream_value_pickles_as_raw_data_and_loads_what_it_points_to_afresh(
    django_assert_num_queries,
):
    image = factories.image()
    course = factories.course(modules=0)
    body = [("image", {"image": image, "alt_text": "A ladder", "caption": ""})]
    module = ModulePage.objects.get(pk=factories.module(course, body=body).pk)
    with django_assert_num_queries(0):
        pickled = pickle.dumps(module)  # as the page cache stores a route
    restored = pickle.loads(pickled)  # noqa: S301 (our own bytes)
    assert restored.body.get_prep_value() == module.body.get_prep_value()
    with django_assert_num_queries(1):  # the image is fetched now, not carried in the pickle
        assert restored.body[0].value["image"].pk == image.pk


@pytest.mark.parametrize(
    ("model", "name", "related_model"),
    [(Page, "view_restrictions", PageViewRestriction), (Task, "task_states", TaskState)],
)
def test_reverse_relations_cotrain_queries_keep_their_names(model, name, related_model):
    # routing.py reads Page "view_restrictions"; courses/models/review.py uses task.task_states.
    assert model._meta.get_field(name).related_model is related_model


def test_page_url_is_reversed_from_wagtail_serve_with_wagtails_own_pattern():
    catalogue = factories.catalogue()
    assert catalogue.get_url() == reverse("wagtail_serve", args=["courses/"])
    # training/urls.py declares its own "wagtail_serve" with a copy of Wagtail's pattern.
    match = resolve("/no-such-page/")
    assert (match.url_name, match.route) == ("wagtail_serve", serve_pattern)


def test_allowed_subpage_models_lists_the_subpage_types_classes():
    # LearnerPageMixin.child_model() routes in one query when there is exactly one.
    assert CoursePage.allowed_subpage_models() == [ModulePage]
    assert ModulePage.allowed_subpage_models() == []


def test_page_search_fields_include_the_filters_cotrain_searches_with():
    filters = {f.field_name for f in Page.search_fields if isinstance(f, index.FilterField)}
    assert {"live", "path", "depth", "locale", "content_type"} <= filters


# Page privacy: Wagtail's check, the rule Cotrain copies, and where it sends people ----


def test_serve_checks_privacy_through_page_get_view_restrictions(monkeypatch):
    factories.home_page()
    login_only = PageViewRestriction(restriction_type=PageViewRestriction.LOGIN)
    monkeypatch.setattr(HomePage, "get_view_restrictions", lambda self: [login_only])
    response = wagtail_views.serve(_request("/"), "")
    assert response.status_code == 302  # no restriction in the database: only the method said so


def test_privacy_check_sends_signed_out_people_to_wagtailcore_login():
    home = factories.home_page()
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    response = wagtail_views.serve(_request("/"), "")
    assert response.status_code == 302
    address = urlsplit(response.url)
    assert address.path == reverse("wagtailcore_login")
    assert parse_qs(address.query) == {"next": ["/"]}


def test_page_get_view_restrictions_covers_ancestors_and_an_alias_source():
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    alias = course.create_alias(update_slug=f"{course.slug}-alias")
    # Page's own method: the course page types replace it (training/core/visibility.py).
    assert list(Page.get_view_restrictions(module)) == [restriction]
    assert list(Page.get_view_restrictions(alias)) == [restriction]


def test_view_restriction_accept_request_is_the_rule_visibility_copies():
    course = factories.course(modules=0)
    group = Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0]
    groups_only = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.GROUPS
    )
    groups_only.groups.set([group])
    login_only = PageViewRestriction(restriction_type=PageViewRestriction.LOGIN)
    learner, co_trainer, admin = (
        factories.learner(),
        factories.co_trainer(),
        factories.platform_admin(),
    )

    assert not login_only.accept_request(_request())
    assert login_only.accept_request(_request(user=learner))
    assert not groups_only.accept_request(_request(user=learner))
    assert groups_only.accept_request(_request(user=co_trainer))
    assert groups_only.accept_request(_request(user=admin))


# Protected media: sendfile and the reference index -----------------------------------


def test_sendfile_keeps_the_signature_protected_media_calls():
    params = inspect.signature(sendfile).parameters
    assert _params(sendfile)[:2] == ["request", "filename"]
    assert {"attachment", "mimetype", "backend"} <= set(params)
    assert params["attachment"].default is False
    assert _params(sendfile_streaming_backend.sendfile)[:2] == ["request", "filename"]


def test_sendfile_with_the_streaming_backend_sends_the_file_inline_with_the_given_type(tmp_path):
    path = tmp_path / "captions.vtt"
    path.write_bytes(factories.CAPTIONS)
    response = sendfile(
        _request(),
        str(path),
        backend=sendfile_streaming_backend.sendfile,
        attachment=False,
        mimetype="text/vtt",
    )
    try:
        assert response["Content-Type"] == "text/vtt"
        assert response["Content-Disposition"].startswith("inline")
        assert b"".join(response.streaming_content) == factories.CAPTIONS
    finally:
        response.close()


def test_reference_index_get_references_to_names_the_page_by_base_content_type_and_object_id():
    document = factories.document()
    course = factories.course(modules=0)
    body = [("resource", {"document": document, "title": "", "description": ""})]
    module = factories.module(course, body=body)
    rows = set(
        ReferenceIndex.get_references_to(document).values_list("base_content_type", "object_id")
    )
    assert rows == {(ContentType.objects.get_for_model(Page).pk, str(module.pk))}


def test_the_reference_index_holds_pages_as_saved_not_their_drafts():
    # training/core/protected_media.py: lets_open asks drafts_previewable_by because of it.
    course = factories.course(modules=0)
    module = factories.module(course)
    document = factories.document()
    module.body = [("resource", {"document": document, "title": "", "description": ""})]
    module.save_revision()
    assert not ReferenceIndex.get_references_to(document).exists()


def test_stream_blocks_extract_references_to_what_they_use_nested_and_in_rich_text():
    # training/core/protected_media.py, _referred_to: which files a version of a page uses.
    image, document = factories.image(), factories.document()
    body = ModulePage(
        body=[
            ("image", {"image": image, "alt_text": "A", "caption": ""}),
            ("rich_text", f'<p><a linktype="document" id="{document.pk}">Handout</a></p>'),
        ]
    ).body
    found = {
        (model._meta.label_lower, object_id)
        for child in body
        for model, object_id, _path, _content_path in child.block.extract_references(child.value)
    }
    assert found == {
        ("wagtailimages.image", str(image.pk)),
        ("wagtaildocs.document", str(document.pk)),
    }


def test_uploads_go_into_the_folders_cotrain_serves_them_from():
    # training/core/uploaded_files.py, KINDS: the folder each model's upload_to uses.
    from wagtail.images.models import Image, Rendition
    from wagtail.models import UploadedFile
    from wagtail.users.models import UserProfile
    from wagtailmedia.models import Media

    image = factories.image()
    cases = [
        (Image, "file", image, "original_images/"),
        (Rendition, "file", Rendition(image=image, filter_spec="max-10x10"), "images/"),
        (Document, "file", Document(), "documents/"),
        (Media, "file", Media(), "media/"),
        (Media, "thumbnail", Media(), "media_thumbnails/"),
        (UserProfile, "avatar", UserProfile(), "avatar_images/"),
        (UploadedFile, "file", UploadedFile(), "wagtail_uploads/"),
    ]
    for model, field, instance, folder in cases:
        name = model._meta.get_field(field).generate_filename(instance, "x.png")
        assert name.startswith(folder), (model, field, name)


def test_documents_served_direct_link_to_the_file_after_the_hooks(client, signed_in, settings):
    # settings WAGTAILDOCS_SERVE_METHOD = "direct": the document view runs every
    # before_serve_document hook, then redirects to the file's own address.
    settings.WAGTAILDOCS_SERVE_METHOD = "direct"
    document = factories.document()
    assert document.url == document.file.url
    view_address = reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    signed_in(factories.editor())
    response = client.get(view_address)
    assert (response.status_code, response["Location"]) == (302, document.file.url)
    signed_in(factories.learner())  # Cotrain's hook refuses a document nothing uses
    assert client.get(view_address).status_code == 404


@pytest.mark.parametrize(
    "policy",
    [
        "wagtail.images.permissions",
        "wagtail.documents.permissions",
        "wagtailmedia",
    ],
)
def test_collection_permission_policies_answer_for_an_instance(policy):
    # training/core/uploaded_files.py, may_manage.
    import importlib

    module = importlib.import_module(policy)
    found = module.get_permission_policy() if policy == "wagtailmedia" else module.permission_policy
    method = found.user_has_any_permission_for_instance
    assert _params(method) == ["user", "actions", "instance"]


# Publishing rules: PagePermissionTester and the actions that ask it ------------------


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("__init__", ["self", "user", "page"]),
        ("can_edit", ["self"]),
        ("can_publish", ["self"]),
        ("can_publish_subpage", ["self"]),
        ("can_set_view_restrictions", ["self"]),
        ("can_unschedule", ["self"]),
        ("can_move_to", ["self", "destination"]),
    ],
)
def test_page_permission_tester_keeps_the_methods_cotrain_overrides(method, params):
    assert _params(getattr(PagePermissionTester, method)) == params


def test_page_permission_tester_keeps_user_and_page():
    admin, course = factories.platform_admin(), factories.course(modules=0)
    tester = PagePermissionTester(admin, course)
    assert (tester.user, tester.page) == (admin, course)


def test_permissions_for_user_on_a_plain_page_uses_the_specific_class_override():
    course, editor = factories.course(modules=0), factories.editor()
    plain = Page.objects.get(pk=course.pk)
    assert type(plain) is Page
    assert type(plain.permissions_for_user(editor)) is type(course.permissions_for_user(editor))
    assert type(course.permissions_for_user(editor)) is not PagePermissionTester


def test_view_restrictions_and_unscheduling_follow_can_publish_unless_overridden():
    # Why ReviewedPagePermissionTester overrides both: otherwise they follow can_publish.
    admin, course = factories.platform_admin(), factories.course(modules=0)
    assert PagePermissionTester(admin, course).can_set_view_restrictions()
    refusing = _RefusingTester(admin, course)
    assert not refusing.can_set_view_restrictions()
    assert not refusing.can_unschedule()


def test_publishing_a_revision_asks_can_publish_unless_checks_are_skipped(monkeypatch):
    admin, course = factories.platform_admin(), factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    module.title = "Changed in review"
    revision = module.save_revision(user=admin)
    monkeypatch.setattr(ModulePage, "permissions_for_user", _refusing)

    with pytest.raises(PublishPagePermissionError):
        PublishPageRevisionAction(revision, user=admin).execute()
    PublishPageRevisionAction(revision, user=admin).execute(skip_permission_checks=True)
    module.refresh_from_db()
    assert module.title == "Changed in review"


def test_moving_a_page_asks_can_move_to_with_the_new_parent(monkeypatch):
    admin = factories.platform_admin()
    course, other_course = factories.course(modules=1), factories.course(modules=0)
    module = ModulePage.objects.child_of(course).get()
    monkeypatch.setattr(ModulePage, "permissions_for_user", _refusing)
    monkeypatch.setattr(_RefusingTester, "moved_to", [])

    with pytest.raises(MovePagePermissionError):
        module.move(other_course, pos="last-child", user=admin)
    assert _RefusingTester.moved_to == [other_course.pk]


# The "Course review" workflow: Task methods and the finishing action -----------------


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("get_actions", ["self", "obj", "user"]),
        ("get_task_states_user_can_moderate", ["self", "user", "kwargs"]),
        ("on_action", ["self", "task_state", "user", "action_name", "kwargs"]),
    ],
)
def test_task_keeps_the_methods_cotrain_overrides_or_calls(method, params):
    assert _params(getattr(Task, method)) == params


def test_approving_the_last_task_calls_wagtail_finish_workflow_action(monkeypatch):
    assert WorkflowState.on_finish is publish_reviewed_revision  # the setting is read
    finished = []
    monkeypatch.setattr(
        WorkflowState, "on_finish", lambda state, user=None: finished.append((state.pk, user))
    )
    admin, course = factories.platform_admin(), factories.course(modules=0)
    task = GroupApprovalTask.objects.create(name="Check")
    workflow = Workflow.objects.create(name="Check only")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    course.save_revision(user=admin)
    state = workflow.start(course, admin)

    task.on_action(state.current_task_state, admin, "approve", comment="Fine")
    task_state = TaskState.objects.get(workflow_state=state)
    assert (task_state.status, task_state.comment) == (TaskState.STATUS_APPROVED, "Fine")
    assert finished == [(state.pk, admin)]


# Welsh through wagtail-localize: training/core/page_builder.py translate() --------------


def _module_with_text():
    course = factories.course(modules=0)
    body = [("heading", "Plan ahead"), factories.reflection("What will you do?")]
    return factories.module(course, title="Planning", body=body)


def test_stream_value_get_prep_value_gives_unsaved_blocks_their_ids():
    module = ModulePage(title="Unsaved", body=[("heading", "Plan ahead")])
    assert module.body[0].id is None
    module.body.get_prep_value()
    assert module.body[0].id


def test_extract_segments_gives_string_segments_with_path_and_string_data():
    module = _module_with_text()
    heading, reflection = module.body
    strings = {
        (segment.path, segment.string.data)
        for segment in extract_segments(module)
        if isinstance(segment, StringSegmentValue)
    }
    assert {
        ("title", "Planning"),
        (f"body.{heading.id}", "Plan ahead"),
        (f"body.{reflection.id}.prompt", "What will you do?"),
    } <= strings


def test_translation_export_po_pairs_segment_paths_with_source_strings():
    module = _module_with_text()
    source, created = TranslationSource.get_or_create_from_instance(module)
    assert created
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="cy")
    )
    entries = {(entry.msgctxt, entry.msgid) for entry in translation.export_po()}
    strings = {
        (segment.path, segment.string.data)
        for segment in extract_segments(module)
        if isinstance(segment, StringSegmentValue)
    }
    assert entries == strings


def test_translation_import_po_and_save_target_make_an_unpublished_translation():
    welsh = Locale.objects.get(language_code="cy")
    catalogue = factories.catalogue()
    source, _created = TranslationSource.get_or_create_from_instance(catalogue)
    translation = Translation.objects.create(source=source, target_locale=welsh)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Cyrsiau" if entry.msgctxt == "title" else ""
    translation.import_po(po)

    translation.save_target(publish=False)
    translated = catalogue.get_translation(welsh)
    assert not translated.live
    assert translated.get_latest_revision_as_object().title == "Cyrsiau"


# wagtailmedia ----------------------------------------------------------------------------


def test_media_sources_gives_the_mime_type_from_the_file_name():
    # templates/components/streamfield/audio.html and video.html read sources.0.type.
    assert factories.recording("audio").sources[0]["type"] == "audio/mpeg"
    assert factories.recording("video").sources[0]["type"] == "video/mp4"


def test_audio_and_video_choosers_give_media_of_their_own_type():
    audio, video = factories.recording("audio"), factories.recording("video")
    assert AudioChooserBlock().to_python(audio.pk) == audio
    assert list(AudioChooserBlock().field.queryset) == [audio]
    assert list(VideoChooserBlock().field.queryset) == [video]
    assert audio.file.name.endswith(".mp3")  # RecordingBlock.protected_files serves .file


# StreamField internals: cacheability, rendering, fingerprints --------------------------


def test_stream_child_get_prep_value_gives_type_value_and_id_and_keeps_its_block():
    module = _module_with_text()
    heading = module.body[0]
    stream_block = ModulePage._meta.get_field("body").stream_block
    assert heading.get_prep_value() == {"type": "heading", "value": "Plan ahead", "id": heading.id}
    assert heading.block is stream_block.child_blocks["heading"]


def test_stream_child_render_as_block_passes_the_context_to_the_block_template():
    module = _module_with_text()
    html = module.body[0].render_as_block(context={"block_id": "abc"})
    assert 'id="section-abc"' in html


def test_block_meta_keeps_custom_attributes_and_subclasses_inherit_them():
    class Marked(blocks.CharBlock):
        class Meta:
            cacheable = True

    class Inherits(Marked):
        pass

    assert Marked().meta.cacheable is True
    assert Inherits().meta.cacheable is True
    assert getattr(blocks.CharBlock().meta, "cacheable", None) is None


def test_struct_stream_and_list_blocks_expose_their_children():
    inner = blocks.StructBlock([("title", blocks.CharBlock())])
    stream = blocks.StreamBlock([("card", inner)])
    listed = blocks.ListBlock(blocks.CharBlock())
    assert list(inner.child_blocks) == ["title"]
    assert inner.child_blocks["title"].name == "title"
    assert stream.child_blocks["card"].name == "card"
    assert isinstance(listed.child_block, blocks.CharBlock)
    assert "reflection" in ModulePage._meta.get_field("body").stream_block.child_blocks


def test_struct_block_validation_error_is_still_importable_from_struct_block():
    error = StructBlockValidationError(block_errors={"captions": "Add a captions file"})
    assert isinstance(error, blocks.StructBlockValidationError)
    assert set(error.block_errors) == {"captions"}


# Serving and previewing a page: serve() and request.is_preview -------------------------


def test_page_serve_passes_extra_kwargs_to_get_context_and_marks_no_preview(monkeypatch):
    seen = {}

    def get_context(self, request, *args, **kwargs):
        seen.update(kwargs, is_preview=request.is_preview)
        return {"page": self}

    monkeypatch.setattr(HomePage, "get_context", get_context)
    request = _request()
    request.is_preview = True  # left over: serve() must reset it
    factories.home_page().serve(request, visit="the visit")
    assert seen == {"visit": "the visit", "is_preview": False}


def test_a_preview_request_is_marked_is_preview(monkeypatch):
    seen = []

    def serve_preview(self, request, mode_name):
        seen.append(getattr(request, "is_preview", None))
        return HttpResponse("preview")

    monkeypatch.setattr(HomePage, "serve_preview", serve_preview)
    home = factories.home_page()
    home.make_preview_request(None, home.default_preview_mode)
    assert seen == [True]


# The user admin and test helpers -------------------------------------------------------


def test_user_admin_views_take_their_forms_from_the_configured_user_viewset():
    assert _params(UserViewSet.get_form_class) == ["self", "for_update"]
    add = resolve(reverse("wagtailusers_users:add")).func
    edit = resolve(reverse("wagtailusers_users:edit", args=[1])).func
    assert add.view_initkwargs["form_class"] is CotrainUserCreationForm
    assert edit.view_initkwargs["form_class"] is CotrainUserEditForm


@pytest.mark.parametrize("template", ["create.html", "edit.html"])
def test_wagtail_user_templates_still_have_the_fields_block(template):
    path = Path(wagtail.users.__file__).parent / "templates" / "wagtailusers" / "users" / template
    compiled = Engine.get_default().from_string(path.read_text())
    assert "fields" in {node.name for node in compiled.nodelist.get_nodes_by_type(BlockNode)}


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("user_has_permission", ["self", "user", "action"]),
        ("user_has_any_permission", ["self", "user", "actions"]),
    ],
)
def test_model_permission_policy_keeps_the_methods_cotrain_overrides(method, params):
    # training/people/wagtail_hooks.py: NoAddPermissionPolicy refuses "add" in both.
    assert _params(getattr(ModelPermissionPolicy, method)) == params


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("get_heading", ["self", "queryset", "field"]),
        ("to_row_dict", ["self", "item"]),
        ("preprocess_field_value", ["self", "field", "value", "export_format"]),
    ],
)
def test_spreadsheet_export_mixin_keeps_the_methods_cotrain_calls(method, params):
    # training/core/exports.py calls them from the stream_csv it puts in Wagtail's place.
    assert _params(getattr(SpreadsheetExportMixin, method)) == params


def test_spreadsheet_export_mixin_writes_its_csv_response_from_stream_csv():
    # training/core/exports.py: replacing stream_csv is enough only while this holds.
    view = SpreadsheetExportMixin()
    view.stream_csv = lambda queryset: iter([b"streamed\r\n"])
    response = view.as_spreadsheet([], SpreadsheetExportMixin.FORMAT_CSV)
    assert b"".join(response.streaming_content) == b"streamed\r\n"


def test_wagtailadmin_tags_still_has_formattedfield():
    # templates/wagtailusers/users/_cotrain_fields.html renders each field with it.
    assert "formattedfield" in wagtailadmin_tags.tags


def test_get_test_image_file_still_makes_an_image():
    # tests/factories.py imports it from wagtail.images.tests.utils.
    assert factories.image().width > 0


# Publishing held to Cotrain's rules: courses/models/learner_page.py ----------------------


def test_publishing_saves_the_page_once_with_its_new_live_revision_and_no_update_fields(
    monkeypatch,
):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    module.title = "Changed"
    revision = module.save_revision()
    saves = []
    real_save = Page.save

    def recording_save(page, *args, **kwargs):
        stored = Page.objects.filter(pk=page.pk).values_list("live_revision_id", flat=True)
        saves.append((kwargs.get("update_fields"), page.live, page.live_revision_id, stored[0]))
        return real_save(page, *args, **kwargs)

    monkeypatch.setattr(Page, "save", recording_save)
    revision.publish()
    assert [save for save in saves if save[2] == revision.pk] == [
        (None, True, revision.pk, module.live_revision_id)
    ]


def test_revision_publish_calls_publish_on_the_specific_page(monkeypatch):
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    revision = module.save_revision()
    calls = []
    monkeypatch.setattr(
        ModulePage, "publish", lambda page, rev, user=None, **kwargs: calls.append((rev, user))
    )
    revision.publish()
    assert calls == [(revision, None)]


def test_wagtail_localize_publishes_with_no_user_once_its_transaction_commits(
    django_capture_on_commit_callbacks,
):
    editor = factories.editor()
    catalogue = factories.catalogue()
    source, _created = TranslationSource.get_or_create_from_instance(catalogue)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="cy")
    )
    with django_capture_on_commit_callbacks() as callbacks:
        translation.save_target(user=editor, publish=True)
    publishing = [c for c in callbacks if getattr(c, "__name__", "") == "publish"]
    assert len(publishing) == 1
    revision = publishing[0].__self__
    assert revision.user == editor, "the revision names who made it; the publish has no user"


def test_string_segments_annotate_translation_leaves_untranslated_strings_none():
    welsh = Locale.objects.get(language_code="cy")
    module = _module_with_text()
    source, _created = TranslationSource.get_or_create_from_instance(module)
    translation = Translation.objects.create(source=source, target_locale=welsh)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Cynllunio" if entry.msgctxt == "title" else ""
    translation.import_po(po)
    segments = StringSegment.objects.filter(source=source).annotate_translation(welsh)
    untranslated = {s.context.path.split(".")[0] for s in segments if s.translation is None}
    assert untranslated == {"slug", "body"}


def test_wagtail_localize_takes_over_the_edit_view_of_a_synced_translation_after_cotrain(
    client, signed_in
):
    hooks_in_order = [f.__module__ for f in hooks.get_hooks("before_edit_page")]
    assert hooks_in_order.index("courses.wagtail_hooks") < hooks_in_order.index(
        "wagtail_localize.wagtail_hooks"
    )
    course = factories.course(modules=1)
    module = ModulePage.objects.child_of(course).get()
    welsh_module = factories.translate_to_welsh(module, publish=False)
    signed_in(factories.platform_admin())
    response = client.get(reverse("wagtailadmin_pages:edit", args=[welsh_module.pk]))
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert response.context["is_page"] and response.context["instance"].pk == welsh_module.pk


def test_cotrains_translation_editor_template_is_wagtail_localizes_with_one_addition():
    import wagtail_localize

    theirs = (
        Path(wagtail_localize.__file__).parent
        / "templates/wagtail_localize/admin/edit_translation.html"
    ).read_text()
    ours = (ROOT / "templates/wagtail_localize/admin/edit_translation.html").read_text()
    ours = ours.replace(" cotrain_course_tags", "")
    ours = ours[: ours.index("{% comment %}")] + ours[ours.index("{% endcomment %}\n") + 17 :]
    ours = "".join(line for line in ours.splitlines(True) if "Cotrain's addition" not in line)
    assert ours == theirs, (
        "wagtail-localize changed its template: copy it again (docs/upgrading.md)"
    )


def test_the_translate_form_offers_include_subtree_and_the_view_is_in_its_context(
    client, signed_in
):
    course = factories.course(modules=1)
    signed_in(factories.platform_admin())
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[course.pk]))
    assert "include_subtree" in response.context["form"].fields
    assert response.context["view"].object.pk == course.pk


def test_task_submitted_is_sent_with_the_task_state_class_and_the_task_state():
    sent = []

    def receiver(sender, instance, **kwargs):
        sent.append((sender, instance))

    task_submitted.connect(receiver, weak=False)
    try:
        admin, course = factories.platform_admin(), factories.course(modules=1)
        task = GroupApprovalTask.objects.create(name="Check")
        workflow = Workflow.objects.create(name="Check only")
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        course.save_revision(user=admin)
        state = workflow.start(course, admin)
    finally:
        task_submitted.disconnect(receiver)
    assert sent == [(TaskState, state.current_task_state)]


@pytest.mark.parametrize(
    ("notifier", "instance", "template"),
    [
        (WorkflowStateSubmissionEmailNotifier, WorkflowState, "workflow_state_submitted"),
        (WorkflowStateApprovalEmailNotifier, WorkflowState, "workflow_state_approved"),
        (WorkflowStateRejectionEmailNotifier, WorkflowState, "workflow_state_rejected"),
        (GroupApprovalTaskStateSubmissionEmailNotifier, TaskState, "task_state_submitted"),
    ],
)
def test_workflow_emails_are_drawn_from_the_templates_cotrain_overrides(
    notifier, instance, template
):
    templates = notifier().get_template_set(instance())
    folder = "wagtailadmin/notifications/"
    assert (templates["subject"], templates["text"]) == (
        f"{folder}{template}_subject.txt",
        f"{folder}{template}.txt",
    )
    assert (ROOT / "templates" / templates["text"]).exists()
    assert (ROOT / "templates" / templates["subject"]).exists()


def test_stream_block_comparison_matches_blocks_by_id_and_diff_text_lists_changes():
    body_block = ModulePage._meta.get_field("body").stream_block
    before = body_block.to_python(
        [
            {"type": "heading", "value": "Old heading", "id": "a"},
            {"type": "heading", "value": "Kept", "id": "b"},
        ]
    )
    after = body_block.to_python(
        [
            {"type": "heading", "value": "Kept", "id": "b"},
            {"type": "heading", "value": "New", "id": "c"},
        ]
    )
    found = [
        (c.block.name, c.is_new(), c.is_deleted(), c.has_changed(), c.val_a, c.val_b)
        for c in StreamBlockComparison(
            body_block, True, True, before, after
        ).get_block_comparisons()
    ]
    assert sorted(found, key=str) == sorted(
        [
            ("heading", False, True, True, "Old heading", None),
            ("heading", False, False, False, "Kept", "Kept"),
            ("heading", True, False, True, None, "New"),
        ],
        key=str,
    )
    assert diff_text("Use old words", "Use plain words").changes == [
        ("equal", "Use "),
        ("deletion", "old"),
        ("addition", "plain"),
        ("equal", " words"),
    ]
