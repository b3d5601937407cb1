"""What the three course page types share: how they are published, routed and translated.

Publishing is held to courses/publishing.py's rules where every publish ends (``save``).
"""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from courses import publishing
from training.core.publishing import PublishRefused
from training.core.visibility import FreshViewRestrictionsMixin

from .permissions import ReviewedPagePermissionTester


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

    def default_language_version(self):
        """This page in the default language, when this page is a translation of it."""
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return (
            type(self)
            .objects.filter(translation_key=self.translation_key, locale__language_code=default)
            .exclude(pk=self.pk)
            .first()
        )

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


def in_course_order(course, modules):
    """Of a translated course's modules and its default-language course's: its own, and the
    others not translated yet, in the default-language course's order."""
    own = [module for module in modules if module.path.startswith(course.path)]
    translated = {module.translation_key for module in own}
    others = sorted((m for m in modules if not m.path.startswith(course.path)), key=_by_path)
    position = {module.translation_key: number for number, module in enumerate(others)}
    chosen = own + [module for module in others if module.translation_key not in translated]
    return sorted(chosen, key=lambda m: (position.get(m.translation_key, len(position)), m.path))


def _by_path(page):
    return page.path
