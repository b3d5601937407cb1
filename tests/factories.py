"""Factories for people and councils. Tests build exactly the data they need."""

import factory
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from training.core import page_builder
from training.people.models import Council, EmailDomain, JobRole, Membership, Team, User
from training.people.roles import CO_TRAINERS_GROUP, EDITORS_GROUP

PASSWORD = "correct-horse-battery"


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council

    name = factory.Sequence(lambda n: f"Testshire {n}")
    gss_code = factory.Sequence(lambda n: f"E99{n:06d}")
    dfe_code = factory.Sequence(lambda n: 2000 + n)
    region_name = "Test region"
    is_active = True


class EmailDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EmailDomain

    council = factory.SubFactory(CouncilFactory)
    domain = factory.Sequence(lambda n: f"council{n}.example")


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    council = factory.SubFactory(CouncilFactory)
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    council = factory.SubFactory(CouncilFactory)
    job_role = JobRole.SOCIAL_WORKER


def learner(council=None, **kwargs):
    council = council or CouncilFactory()
    return MembershipFactory(council=council, user=UserFactory(**kwargs)).user


def training_lead(council=None, **kwargs):
    council = council or CouncilFactory()
    return MembershipFactory(
        council=council, user=UserFactory(**kwargs), is_training_lead=True, job_role=JobRole.MANAGER
    ).user


def co_trainer(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get_or_create(name=CO_TRAINERS_GROUP)[0])
    return user


def editor(**kwargs):
    user = UserFactory(**kwargs)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def platform_admin(**kwargs):
    return UserFactory(is_superuser=True, **kwargs)


def with_authenticator(user):
    """Give a person a confirmed authenticator; returns the device (see totp_code)."""
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def totp_code(device) -> str:
    from django_otp.oath import TOTP

    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def invitation_token(user, kind, council=None, **fields) -> str:
    """Make an invitation and return the token its emailed link would carry."""
    from training.people.models import Invitation

    invitation = Invitation(user=user, kind=kind, council=council, **fields)
    token = invitation.issue_token()
    invitation.save()
    return token


def returning_person(council, **kwargs):
    """Someone who has an account in a council and has signed in before."""
    person = learner(council, **kwargs)
    person.last_login = person.date_joined
    person.save()
    return person


# Courses ------------------------------------------------------------------------------


def home_page(language="en"):
    from wagtail.models import Locale

    from training.core.models import HomePage

    english = HomePage.objects.get(depth=2, locale__language_code="en")
    if language == "en":
        return english
    return english.get_translation_or_none(
        Locale.objects.get(language_code=language)
    ) or english.copy_for_translation(Locale.objects.get(language_code=language))


def publish(page):
    return page_builder.publish(page)


def catalogue(language="en", **fields):
    from courses.models import CourseIndexPage

    home = home_page(language)
    existing = CourseIndexPage.objects.child_of(home).first()
    if existing:
        return existing
    fields.setdefault("title", "Courses")
    fields.setdefault("slug", "courses")
    return page_builder.add_page(home, CourseIndexPage(**fields))


def course(parent=None, *, modules=3, body=None, **fields):
    """A course with `modules` published modules (each with `body`), published once its
    first module is: with no modules it stays a draft (a course cannot go live empty)."""
    from courses.models import CoursePage

    parent = parent or catalogue()
    n = CoursePage.objects.count() + 1
    fields.setdefault("title", f"Course {n}")
    fields.setdefault("slug", f"course-{n}")
    fields.setdefault("summary", "What this course is about.")
    fields.setdefault("learning_outcomes", [("outcome", "Explain something useful")])
    page = page_builder.add_page(parent, CoursePage(**fields), publish_it=False)
    for number in range(1, modules + 1):
        module(page, body=body, title=f"{page.title}, module {number}")
    return page


def module(course_page, *, body=None, **fields):
    """A published module. A new course's first module publishes the course too, as an
    editor would once the course has something to take."""
    from courses.models import ModulePage

    n = ModulePage.objects.count() + 1
    fields.setdefault("title", f"Module {n}")
    fields.setdefault("slug", f"module-{n}")
    body = body if body is not None else [("rich_text", "<p>Some learning.</p>")]
    page = page_builder.add_page(course_page, ModulePage(body=body, **fields))
    page_builder.publish_draft(course_page)
    return page


def reflection(prompt="What will you do differently?"):
    return ("reflection", {"prompt": prompt})


def translate_to_welsh(page, *, publish=True, only_fields=None, **welsh_fields):
    """Publish the Welsh translation of a page through wagtail-localize, as an editor would.

    Pass the Welsh text in the same shape as the English (the same blocks, in order);
    fields not given keep their English text. Parents are translated first if needed.
    A Welsh course stays a draft until its first Welsh module is published, which publishes
    it (as ``module`` does). With ``publish=False`` the translation stays a draft; with
    ``only_fields`` the other fields' strings are left untranslated, as in a translation an
    editor has not finished.
    """
    from wagtail.models import Locale

    from courses.models import CoursePage, ModulePage

    welsh = Locale.objects.get(language_code="cy")
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(welsh):
            page_builder.translate(ancestor, ancestor, welsh, publish_it=False)
            if not isinstance(ancestor, CoursePage):
                page_builder.publish_draft(ancestor.get_translation(welsh))
    values = {
        field.name: getattr(page, field.name)
        for field in page._meta.concrete_fields
        if field.name in {"title", "slug", "summary", "introduction", "learning_outcomes", "body"}
    }
    values.update(welsh_fields)
    publish_it = publish and not isinstance(page, CoursePage)
    translated = page_builder.translate(
        page, type(page)(**values), welsh, publish_it=publish_it, only_fields=only_fields
    ).specific
    if publish and isinstance(page, CoursePage) and translated.has_live_modules():
        page_builder.publish_draft(translated)
    if publish and isinstance(page, ModulePage):
        page_builder.publish_draft(translated.get_parent().specific)
    return translated


def image(title="A diagram"):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    return Image.objects.create(title=title, file=get_test_image_file())


def document(title="A handout", name="handout.pdf", content=b"%PDF-1.4 demo"):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    return Document.objects.create(title=title, file=ContentFile(content, name=name))


CAPTIONS = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n"


def recording(kind="audio", title="A parent's story"):
    """A wagtailmedia audio or video item (its bytes are not a real recording)."""
    from django.core.files.base import ContentFile
    from wagtailmedia.models import Media

    name = "story.mp3" if kind == "audio" else "story.mp4"
    return Media.objects.create(
        title=title, type=kind, file=ContentFile(b"\x00" * 64, name=name), duration=2
    )


def every_block_body():
    """A module body with one of each block type, ready to publish."""
    captions = document("Captions", "captions.vtt", CAPTIONS)
    return [
        ("heading", "A section"),
        ("rich_text", "<p>Some text with <b>bold</b> words.</p><ul><li>One</li><li>Two</li></ul>"),
        ("key_points", {"heading": "Key points", "points": ["First point", "Second point"]}),
        (
            "image",
            {"image": image(), "alt_text": "A ladder with eight rungs", "caption": "The ladder"},
        ),
        (
            "video",
            {
                "video": recording("video"),
                "title": "A film",
                "captions": captions,
                "transcript": "",
            },
        ),
        (
            "audio",
            {
                "audio": recording("audio"),
                "title": "A story",
                "captions": None,
                "transcript": "<p>Words.</p>",
            },
        ),
        ("resource", {"document": document(), "title": "", "description": "A one-page handout"}),
        (
            "case_study",
            {
                "title": "A case",
                "summary": "What happened.",
                "body": "<p>More.</p>",
                "source": "A composite.",
            },
        ),
        reflection(),
    ]
