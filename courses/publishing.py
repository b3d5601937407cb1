"""What a course page needs before it may go live, in any language.

- No page is published while its translation has strings still in the source language.
- No course is published without a live module in its own language (a learner would find
  "0 of 0 modules").

``ensure_publishable`` is called where every publish ends: the page saving itself with its
new live revision (``LearnerPageMixin.save``), so the workflow's approval, the admin's
Publish, bulk actions, wagtail-localize's Publish and code are all held to it. In the admin,
a refusal reaches the person as a message (training/core/publishing.py).
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses import translations
from training.core.publishing import PublishRefused


def untranslated_problem(page, *, for_review=False) -> str | None:
    """What is still in the source language in this page's translation, if anything: said
    for publishing it, or for submitting it for review."""
    missing = translations.untranslated(page)
    if missing is None:
        return None
    if for_review:
        message = ngettext(
            "“%(title)s” cannot be submitted for review yet: %(count)s string is still in "
            "%(language)s, in %(fields)s. Translate it first.",
            "“%(title)s” cannot be submitted for review yet: %(count)s strings are still in "
            "%(language)s, in %(fields)s. Translate them first.",
            missing.count,
        )
    else:
        message = ngettext(
            "“%(title)s” cannot be published yet: %(count)s string is still in "
            "%(language)s, in %(fields)s. Translate it first.",
            "“%(title)s” cannot be published yet: %(count)s strings are still in "
            "%(language)s, in %(fields)s. Translate them first.",
            missing.count,
        )
    return message % {
        "title": page.title,
        "count": missing.count,
        "language": missing.source_language,
        "fields": ", ".join(missing.fields),
    }


def publishing_problems(page) -> list[str]:
    """Why this page (as it is about to be published) may not go live; empty if it may."""
    problems = [problem] if (problem := untranslated_problem(page)) else []
    if getattr(page, "needs_live_modules", False) and not page.has_live_modules():
        problems.append(
            _(
                "“%(title)s” cannot be published yet: it has no live modules in %(language)s. "
                "Publish at least one of its modules first."
            )
            % {"title": page.title, "language": page.locale.get_display_name()}
        )
    return problems


def ensure_publishable(page):
    """Refuse to publish the page if anything stops it going live."""
    problems = publishing_problems(page)
    if problems:
        raise PublishRefused(page, problems)
