"""A learner's private answers to a module's reflection questions.

Answering every reflection is a requirement of its module, checked by ``answered``
(registered in CoursesConfig.ready under blocks.REFLECTION_ANSWERED).
"""

from django.db import transaction
from django.utils import timezone

from courses import events
from courses.blocks import REFLECTION_ANSWERED
from courses.models.records import Reflection
from courses.progress import NotEnrolled, enrolment_for
from training.core.requirements import requirements_in

REFLECTION_MAX_LENGTH = 5000


class TooLong(ValueError):
    """A reflection longer than REFLECTION_MAX_LENGTH; ``block_id`` says which."""

    def __init__(self, block_id):
        super().__init__(block_id)
        self.block_id = block_id


def prompts_of(module) -> dict[str, str]:
    """The module's reflection questions, by block id, in page order."""
    return {
        r.block_id: r.label for r in requirements_in(module.body) if r.kind == REFLECTION_ANSWERED
    }


def reflections_for(user, module) -> dict[str, Reflection]:
    keys = list(prompts_of(module))
    if not keys:
        return {}
    mine = Reflection.objects.of(user).filter(
        module_key=module.translation_key, prompt_key__in=keys
    )
    return {str(r.prompt_key): r for r in mine}


def save_reflections(user, module, course, answers: dict[str, str]) -> int:
    """Save the learner's reflections for a module (only those they wrote). Returns how
    many changed. Raises TooLong, saving nothing, for text that is too long: the caller
    shows it again, unchanged. Raises NotEnrolled if they have not started the course."""
    prompts = prompts_of(module)
    if not prompts:
        return 0  # nothing to save (completing checks the enrolment itself)
    if enrolment_for(user, course) is None:
        raise NotEnrolled
    changed = 0
    with transaction.atomic():
        for block_id, prompt in prompts.items():
            # Browsers send new lines as CRLF; count them as one character, as they show.
            text = (answers.get(block_id) or "").replace("\r\n", "\n").replace("\x00", "").strip()
            if not text:
                continue
            if len(text) > REFLECTION_MAX_LENGTH:
                raise TooLong(block_id)
            reflection, created = Reflection.objects.get_or_create(
                user=user,
                module_key=module.translation_key,
                prompt_key=block_id,
                defaults={"prompt": prompt, "text": text},
            )
            if not created and reflection.text == text:
                continue
            if not created:
                reflection.text, reflection.prompt = text, prompt
                reflection.updated_at = timezone.now()
                reflection.save(update_fields=["text", "prompt", "updated_at"])
            changed += 1
            events.answered_reflection(user, block_id, prompt, course)
    return changed


def answered(user, module_key, requirements) -> set[str]:
    """The requirement checker: which of these reflection questions the learner answered."""
    keys = [r.block_id for r in requirements]
    rows = Reflection.objects.of(user).filter(module_key=module_key, prompt_key__in=keys)
    return {str(key) for key in rows.values_list("prompt_key", flat=True)}
