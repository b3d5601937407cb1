"""Course content as Wagtail pages: CourseIndexPage (the catalogue) > CoursePage >
ModulePage, translated with wagtail-localize.

Each page type builds its context and takes its POSTs by calling the screens and rules
directly (courses/screens.py); anything it writes happens in ``serve``, before the page is
built. Publishing goes through the "Course review" workflow (permissions.py, review.py).
"""

from django.conf import settings
from django.db import DatabaseError, models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.search.query import PlainText

from courses import catalogue, screens
from training.core import page_cache
from training.core.protected_media import ProtectedMediaOwner
from training.core.visibility import can_view, viewable_by
from training.people.models import JobRole
from training.people.roles import CO_TRAINERS_GROUP, Role, has_role

from ..blocks import ModuleBodyBlock
from .fields import JobRolesField
from .learner_page import LearnerPageMixin, in_course_order, records_visits
from .permissions import CataloguePermissionTester
from .review import may_preview

SEARCH_RESULTS_LIMIT = 50
OUTLINES = page_cache.register_namespace("outline", "each course's live modules, in order")


class ModulePageQuerySet(PageQuerySet):
    def in_courses(self, courses):
        """The modules directly under any of these courses."""
        children = models.Q(pk__in=[])
        for course in courses:
            children |= models.Q(path__startswith=course.path, depth=course.depth + 1)
        return self.filter(children)


ModulePageManager = PageManager.from_queryset(ModulePageQuerySet)


class CourseIndexPage(LearnerPageMixin, Page):
    """The catalogue: every course a person may see, filtered by job role, with search."""

    permission_tester = CataloguePermissionTester

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue.catalogue_context(request, self))
        return context

    def courses_for(self, person) -> list["CoursePage"]:
        """The catalogue's courses this person may see and take, in order: a course with no
        module to take is not offered.

        A translated catalogue lists its courses that have modules in its language, and in
        place of the others (and of those not translated at all) the course in the default
        language: a learner never loses a course for want of a translation.
        """
        own = list(viewable_by(CoursePage.objects.child_of(self), person).order_by("path"))
        source = self.default_language_version()
        defaults = []
        if source is not None:
            defaults = viewable_by(CoursePage.objects.child_of(source), person).order_by("path")
            defaults = list(defaults)
        modules = viewable_by(ModulePage.objects.in_courses([*own, *defaults]), person)
        with_modules = {module.path[: -module.steplen] for module in modules.only("path")}
        ready = {course.translation_key: course for course in own if course.path in with_modules}
        listed = [
            ready.pop(course.translation_key, course)
            for course in defaults
            if course.translation_key in ready or course.path in with_modules
        ]
        return listed + list(ready.values())

    def search(self, person, query) -> list[dict]:
        """Courses and modules matching the words, best first, that this person may see: in
        the catalogue's language, and in the default language where it has no translation."""
        source = self.default_language_version()
        pages = Page.objects.descendant_of(self)
        if source is not None:
            pages = pages | Page.objects.descendant_of(source)
        pages = viewable_by(pages.type(CoursePage, ModulePage), person)
        try:
            # PlainText: the words as typed, never search syntax (quotes, operators).
            found = list(pages.search(PlainText(query))[:SEARCH_RESULTS_LIMIT])
        except DatabaseError:  # a query the database's full-text search still cannot parse
            found = []
        if source is not None:
            translated = set(
                Page.objects.live()
                .filter(
                    locale_id=self.locale_id, translation_key__in=[p.translation_key for p in found]
                )
                .values_list("translation_key", flat=True)
            )
            found = [
                p
                for p in found
                if p.locale_id == self.locale_id or p.translation_key not in translated
            ]
        specific = {
            page.pk: page
            for model in (CoursePage, ModulePage)
            for page in model.objects.filter(pk__in=[p.pk for p in found])
        }
        course_path_length = (self.depth + 1) * self.steplen
        courses = {
            page.path: page
            for page in CoursePage.objects.filter(
                path__in={p.path[:course_path_length] for p in found}
            )
        }
        results = []
        for page in found:
            page = specific.get(page.pk, page)
            course = courses.get(page.path[:course_path_length])
            results.append(
                {"page": page, "course": course, "is_module": isinstance(page, ModulePage)}
            )
        return results


class CoursePage(LearnerPageMixin, Page):
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: who it is for and what they will learn."),
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=200))],
        verbose_name=_("learning outcomes"),
        help_text=_("What learners will be able to do. Start each with a verb, like “Explain”."),
        min_num=1,
    )
    audiences = JobRolesField(
        _("who it is for"),
        help_text=_("The job roles the course is written for. Choose none if it is for everyone."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("time to complete, in minutes"), default=60
    )
    cpd_hours = models.DecimalField(
        _("CPD hours"),
        max_digits=4,
        decimal_places=1,
        default=1,
        help_text=_("Continuing professional development hours a learner can record."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("audiences"), FieldPanel("estimated_minutes"), FieldPanel("cpd_hours")],
            heading=_("About the course"),
        ),
        InlinePanel(
            "co_trainers",
            heading=_("Parent co-trainers"),
            label=_("Parent co-trainer"),
            help_text=_(
                "The parent carers who co-delivered this course. Each is credited the way "
                "they chose in their own account."
            ),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    needs_live_modules = True  # never published empty (courses/publishing.py)

    class Meta:
        verbose_name = _("course")

    def is_for(self, job_roles) -> bool:
        """Whether the course is written for any of these job roles (or for everyone)."""
        return not self.audiences or bool(set(self.audiences) & set(job_roles))

    def audience_labels(self):
        labels = dict(JobRole.choices)
        return [labels[code] for code in self.audiences if code in labels]

    def credits(self) -> list[str]:
        """How the parent co-trainers are named: by name where they chose so, else counted."""
        people = [credit.person for credit in self.co_trainers.select_related("person")]
        named = [person.credit_line() for person in people if person.credit_as != "anonymous"]
        unnamed = len(people) - len(named)
        if unnamed:
            named.append(
                ngettext("a parent carer", "%(count)s parent carers", unnamed) % {"count": unnamed}
            )
        return named

    @property
    def course(self) -> "CoursePage":
        return self

    def has_live_modules(self) -> bool:
        """Whether any of its modules is live, in its own language."""
        return ModulePage.objects.child_of(self).live().exists()

    def live_modules(self, person=None) -> list["ModulePage"]:
        """The live modules, in order (only those the person may see, if given). Their
        bodies are not loaded: they are not needed to list or count them.

        A course's modules are the same in every language. A translation has its own live
        modules, and the default-language course's modules that are not live in it yet,
        which learners take in that language.
        """
        return CoursePage.modules_of([self], person)[self.pk]

    @classmethod
    def modules_of(cls, courses, person=None) -> dict[int, list["ModulePage"]]:
        """Each course's live modules (as live_modules), by course id, in two queries."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        in_default = cls.objects.filter(
            translation_key__in=[course.translation_key for course in courses],
            locale__language_code=default,
        )
        defaults = {course.translation_key: course for course in in_default}
        sources = {
            course.pk: source
            for course in courses
            if (source := defaults.get(course.translation_key)) and source.pk != course.pk
        }
        modules = ModulePage.objects.in_courses([*courses, *sources.values()])
        modules = modules.defer_streamfields()
        modules = viewable_by(modules, person) if person is not None else modules.live()
        by_parent = {}
        for module in modules:
            by_parent.setdefault(module.path[: -module.steplen], []).append(module)
        return {
            course.pk: in_course_order(
                course,
                by_parent.get(course.path, [])
                + (by_parent.get(sources[course.pk].path, []) if course.pk in sources else []),
            )
            for course in courses
        }

    def outline_for(self, person) -> list["ModulePage"]:
        """The modules as this person sees them listed: like live_modules, but from the page
        cache, since every course and module page shows them. To show, not to decide:
        completion reads the database (module_rows)."""
        modules = page_cache.remembered(
            OUTLINES, (self.pk,), self.live_modules, valid=lambda value: isinstance(value, list)
        )
        return [module for module in modules if can_view(module, person)]

    def module_rows(self, person):
        """The modules the person may see, from the database: each has ``translation_key``
        and ``is_required`` (completion reads these)."""
        return self.live_modules(person)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return screens.enrol(request, self)
        # Before the page is built: a course whose last unfinished module was unpublished
        # or made optional is recorded as complete now.
        visit = screens.visit_course(request, self) if records_visits(request) else None
        return super().serve(request, *args, visit=visit, **kwargs)

    def get_context(self, request, *args, visit=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(screens.course_context(request, self, visit))
        return context


class CourseCoTrainer(Orderable):
    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="co_trainers")
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="co_delivered_courses",
        limit_choices_to={"groups__name": CO_TRAINERS_GROUP},
        verbose_name=_("parent co-trainer"),
    )

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("parent co-trainer")


class ModulePage(ProtectedMediaOwner, LearnerPageMixin, Page):
    media_kind = "module"

    summary = models.CharField(_("summary"), max_length=250, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("time to complete, in minutes"), default=15
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Learners must complete every required module to complete the course."),
    )
    body = StreamField(ModuleBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("is_required")],
            heading=_("Completion"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    objects = ModulePageManager()

    class Meta:
        verbose_name = _("module")

    @property
    def course(self) -> CoursePage:
        parent = getattr(self, "_cached_parent_obj", None)  # set when Wagtail routed to it
        if isinstance(parent, CoursePage):
            return parent
        return CoursePage.objects.get(path=self.path[: -self.steplen])

    def media_sources(self, user):
        """The live body for people who may see the module; then the draft's, for its
        editors and its reviewers while it waits for them."""
        if can_view(self, user):
            yield self.body
        if may_preview(user, self):
            yield self.get_latest_revision_as_object().body

    @classmethod
    def drafts_previewable_by(cls, user):
        """Modules with a draft this person may preview. Only reviewers and people who
        use the admin preview anything: for anyone else, no module is loaded."""
        if not (has_role(user, Role.CO_TRAINER) or user.has_perm("wagtailadmin.access_admin")):
            return []
        drafts = cls.objects.filter(has_unpublished_changes=True)
        return [module for module in drafts if may_preview(user, module)]

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return screens.module_action(request, self)
        # Opening the module is recorded here, before the page is built, never as a side
        # effect of building it.
        visit = screens.visit_module(request, self) if records_visits(request) else None
        return super().serve(request, *args, visit=visit, **kwargs)

    def get_context(self, request, *args, visit=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(screens.module_context(request, self, visit))
        return context
