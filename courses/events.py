"""Recording what a learner did, as append-only learning events (xAPI-shaped).

Every rule that changes a learner's record (progress.py, reflections.py) records its
event here, in the same transaction. An event says that a reflection was answered, never
what it said.
"""

from django.utils.translation import get_language

from courses.models.records import LearningEvent, ObjectType, Verb


def record(user, verb: Verb, object_type: ObjectType, key, title, course_key, result=None):
    LearningEvent.objects.create(
        actor=user,
        verb=verb,
        object_type=object_type,
        object_key=key,
        object_title=title[:255],
        course_key=course_key,
        result=result,
        language=get_language() or "en",
    )


def started_course(user, course):
    key = course.translation_key
    record(user, Verb.REGISTERED, ObjectType.COURSE, key, course.title, key)


def opened_module(user, module, course):
    record(
        user,
        Verb.EXPERIENCED,
        ObjectType.MODULE,
        module.translation_key,
        module.title,
        course.translation_key,
    )


def completed_module(user, module, course):
    record(
        user,
        Verb.COMPLETED,
        ObjectType.MODULE,
        module.translation_key,
        module.title,
        course.translation_key,
        result={"completion": True},
    )


def completed_course(user, course):
    key = course.translation_key
    record(user, Verb.COMPLETED, ObjectType.COURSE, key, course.title, key, {"completion": True})


def answered_reflection(user, block_id, prompt, course):
    # That they answered, never what: reflections stay private.
    record(
        user,
        Verb.ANSWERED,
        ObjectType.REFLECTION,
        block_id,
        prompt,
        course.translation_key,
        result={"response": "private", "completion": True},
    )
