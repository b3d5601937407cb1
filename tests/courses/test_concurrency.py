"""Two requests completing the same module at the same moment (PostgreSQL, as in production)."""

import threading

import pytest
from django.db import connection, connections

from courses import progress
from courses.models import CourseCompletion, LearningEvent, ModulePage
from tests import factories


@pytest.mark.django_db(transaction=True)
def test_completing_the_last_module_twice_at_once_completes_the_course_once():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL's row locks (SQLite runs one writer at a time)")
    course, learner = factories.course(modules=1), factories.learner()
    progress.enrol(learner, course)
    module = ModulePage.objects.child_of(course).get()
    start, outcomes, errors = threading.Barrier(2), [], []

    def complete():
        try:
            start.wait(timeout=10)
            outcomes.append(progress.complete_module(learner, module))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=complete) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert sorted(o.module_completed_now for o in outcomes) == [False, True]
    assert sum(o.course_completed_now for o in outcomes) == 1
    assert CourseCompletion.objects.filter(user=learner).count() == 1
    assert LearningEvent.objects.filter(actor=learner, verb="completed").count() == 2
