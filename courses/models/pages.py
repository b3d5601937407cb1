"""Course content as Wagtail pages: CourseIndexPage (the catalogue) > CoursePage >
ModulePage, translated with wagtail-localize.

Each page type builds its context and takes its POSTs by calling the screens and rules
directly (courses/screens.py); anything it writes happens in ``serve``, before the page is
built. Publishing goes through the "Course review" workflow (permissions.py, review.py).
"""

from django.conf import settings
from django.db import DatabaseError, models
from django.http import Http404
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.search.query import PlainText

from courses import catalogue, publishing, screens
from training.core import page_cache
from training.core.protected_media import ProtectedMediaOwner
from training.core.publishing import PublishRefused
from training.core.visibility import FreshViewRestrictionsMixin, can_view, viewable_by
from training.people.models import JobRole
from training.people.roles import CO_TRAINERS_GROUP, Role, has_role

from ..blocks import ModuleBodyBlock
from .fields import JobRolesField
from .permissions import CataloguePermissionTester, ReviewedPagePermissionTester
from .review import may_preview

SEARCH_RESULTS_LIMIT = 50
OUTLINES = page_cache.register_namespace("outline", "each course's live modules, in order")


def records_visits(request) -> bool:
    """Only a learner's own GET of a live page records anything: never a preview or a HEAD."""
    return request.method == "GET" and not getattr(request, "is_preview", False)


class LearnerPageMixin(FreshViewRestrictionsMixin):
    """What the three course page types share."""

    permission_tester = ReviewedPagePermissionTester
    menu_section = "courses:catalogue"  # the header's "Find a course" is current here
    route_is_cacheable = True  # routes depend only on the tree (training/core/routing.py)
    course = None  # the course a page belongs to (CoursePage and ModulePage say)

    def permissions_for_user(self, user):
        return self.permission_tester(user, self)

    def save(self, *args, **kwargs):
        # Every publish ends here: Wagtail saves the page with its new live revision
        # (PublishRevisionAction, docs/upgrading.md). So the rules hold for every route.
        if self._goes_live_now(kwargs.get("update_fields")):
            publishing.ensure_publishable(self)
        return super().save(*args, **kwargs)

    def _goes_live_now(self, update_fields) -> bool:
        if not (self.pk and self.live and self.live_revision_id):
            return False
        if update_fields is not None and "live_revision" not in update_fields:
            return False
        stored = Page.objects.filter(pk=self.pk).values_list("live_revision_id", flat=True)
        return stored.first() != self.live_revision_id

    def publish(self, revision, user=None, *args, skip_permission_checks=False, **kwargs):
        # wagtail-localize publishes with no user once its transaction commits ("Publish
        # immediately" when updating translations): then the person who made the revision
        # is the one publishing, and must be allowed to. An approved schedule may go live.
        person = user or revision.user
        if (
            not skip_permission_checks
            and person is not None
            and revision.approved_go_live_at is None
            and not self.permissions_for_user(person).can_publish()
        ):
            refusal = gettext(
                "“%(title)s” cannot be published directly: submit it for review. A parent "
                "co-trainer and then an editor approve it, and it is published then."
            )
            raise PublishRefused(self, [refusal % {"title": self.title}])
        return super().publish(
            revision, user, *args, skip_permission_checks=skip_permission_checks, **kwargs
        )

    def route(self, request, path_components):
        # One query for the specific child page, instead of Wagtail's two.
        child_model = self.child_model()
        if path_components and child_model is not None:
            child = child_model.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is None:
                raise Http404
            child._cached_parent_obj = self  # so child.get_parent() needs no query
            return child.route(request, path_components[1:])
        return super().route(request, path_components)

    @classmethod
    def child_model(cls):
        types = cls.allowed_subpage_models()
        return types[0] if len(types) == 1 else None


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
        """The catalogue's courses this person may see, in order."""
        return list(viewable_by(CoursePage.objects.child_of(self), person).order_by("path"))

    def search(self, person, query) -> list[dict]:
        """Courses and modules matching the words, best first, that this person may see."""
        pages = viewable_by(
            Page.objects.descendant_of(self).type(CoursePage, ModulePage), person
        ).filter(locale=Locale.get_active())
        try:
            # PlainText: the words as typed, never search syntax (quotes, operators).
            found = list(pages.search(PlainText(query))[:SEARCH_RESULTS_LIMIT])
        except DatabaseError:  # a query the database's full-text search still cannot parse
            found = []
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
        bodies are not loaded: they are not needed to list or count them."""
        modules = ModulePage.objects.child_of(self).defer_streamfields()
        modules = viewable_by(modules, person) if person is not None else modules.live()
        return list(modules.order_by("path"))

    def outline_for(self, person) -> list["ModulePage"]:
        """The modules as this person sees them listed: like live_modules, but from the page
        cache, since every course and module page shows them. To show, not to decide:
        completion reads the database (module_rows)."""
        modules = page_cache.remembered(
            OUTLINES, (self.pk,), self.live_modules, valid=lambda value: isinstance(value, list)
        )
        return [module for module in modules if can_view(module, person)]

    def module_rows(self, person):
        """(translation_key, is_required) of each module the person may see, without
        loading the pages."""
        modules = viewable_by(ModulePage.objects.child_of(self), person)
        return modules.values_list("translation_key", "is_required", named=True)

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
