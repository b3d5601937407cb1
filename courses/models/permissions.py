"""Who may publish course pages: only through the "Course review" workflow (ADR 0009)."""

from wagtail.models import PagePermissionTester


class ReviewedPagePermissionTester(PagePermissionTester):
    """Course pages are published only through the "Course review" workflow, in every
    language: a Welsh page is reviewed as the English one is.

    Editors keep every other permission, including unpublishing. Platform admins publish
    as usual.
    """

    reviews_itself = True  # the page itself needs review (a course or a module)
    reviews_children = True  # pages added below it need review

    def _review_applies(self):
        return not self.user.is_superuser

    def can_publish(self):
        return super().can_publish() and not (self.reviews_itself and self._review_applies())

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not (
            self.reviews_children and self._review_applies()
        )

    def can_send_for_review(self):
        """Submit the page for review, or submit it again while it is under review (the
        review then starts again): its editors, as Wagtail's "Restart workflow" allows."""
        return self.can_edit() and self.page.has_workflow and not self.page_locked()

    def _may_publish_by_permission(self):
        return PagePermissionTester.can_publish(self)

    def can_set_view_restrictions(self):
        # Making a course private, or cancelling a scheduled publish, needs no review.
        return self._may_publish_by_permission()

    def can_unschedule(self):
        return self._may_publish_by_permission()

    def can_move_to(self, destination):
        # A live page moved into another course would go live there unreviewed.
        moves_live_content = self.page.live and not self.page.is_child_of(destination)
        if moves_live_content and self._review_applies():
            return False
        return super().can_move_to(destination)


class CataloguePermissionTester(ReviewedPagePermissionTester):
    reviews_itself = False  # the catalogue's own introduction needs no parents' review
