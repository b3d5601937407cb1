"""Benchmark data: a catalogue, 3 courses of 8 modules, 100 learners and their sessions.

Run after ``migrate``, with the benchmark settings:

    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python -m bench.seed [OUTPUT.json]

Idempotent: pages, the council and the people are made once and reused. Every run resets
the benchmark learners' progress (enrolments, module progress and completions; learning
events are append-only and stay) so each run starts from the same state, and gives every
learner a fresh session. It writes a JSON file (default bench/results/seed.json) with the
session cookies and the URLs the load test visits. Those sessions work only against the
benchmark database.
"""

import json
import os
import sys
from pathlib import Path

COURSES = 3
MODULES_PER_COURSE = 8
LEARNERS = 100
EMAIL_DOMAIN = "bench.cotrain.example"
COUNCIL_GSS = "E98000001"  # not a real GSS code, so never one the migration loads
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results" / "seed.json"

COURSE_TITLES = [
    "Working together with parent carers",
    "Education, health and care plans from the family's side",
    "Co-production in everyday practice",
]
MODULE_TITLES = [
    "Why this matters",
    "What families tell us",
    "The law in plain words",
    "Before the first meeting",
    "Listening well",
    "Writing it down together",
    "When things go wrong",
    "Putting it into practice",
]

PARAGRAPHS = [
    "Parent carers of disabled children know their child better than any professional "
    "does. They have usually told their story many times, to many people, and have often "
    "had to fight for support that should have been offered. When you meet a family, you "
    "are meeting people who may be tired, worried and wary, and who have good reasons for "
    "all three. Starting from that understanding changes how every later conversation goes.",
    "Co-production means that families and professionals share power over decisions, from "
    "the start and as equals. It is not the same as consultation, where a plan is written "
    "first and families are asked for comments afterwards. In co-production, the questions "
    "themselves are agreed together, and the family's knowledge of daily life counts as "
    "evidence in the same way as an assessment or a report.",
    "The Children and Families Act 2014 and the SEND Code of Practice put the views, "
    "wishes and feelings of children and their parents at the centre of decisions. Local "
    "authorities must involve families in reviewing services, and must take account of "
    "what they say. These duties are not a formality: tribunals regularly look for evidence "
    "that a family's views were sought, recorded and acted on.",
    "Think about the practical side of a meeting before it happens. Can the parent carer "
    "get there, and at that time of day? Do they need an interpreter, a quiet room, or "
    "papers sent in advance in a format they can use? Have they been told who will be there "
    "and why? Small things done well tell a family that their time and their knowledge "
    "are valued.",
    "Listening well is an active skill. Reflect back what you have heard, check that you "
    "have understood, and leave silences for people to fill. Resist the urge to offer a "
    "solution before the problem has been fully described. Many parent carers say that "
    "the first time they felt heard was the first time someone wrote down what they said "
    "in their own words.",
    "When you write a plan or a record, write it so that the family recognises their child "
    "in it. Use plain language, avoid acronyms, and describe what the child can do as well "
    "as what they find hard. Share drafts early and make changes the family asks for, or "
    "explain clearly why you cannot. A record written together is more accurate and far "
    "more likely to be followed.",
    "Disagreements will happen, and they are not a sign of failure. What matters is how "
    "they are handled: openly, promptly and with respect. Tell families about independent "
    "advice and support services, mediation and their right of appeal, without waiting "
    "for them to ask. A family that knows its rights is easier, not harder, to work with.",
    "Finally, remember that co-production applies to services as well as to individual "
    "children. The parent carer forum in your area can help you test a new leaflet, a "
    "process or a training course before it goes live. Their members give their time "
    "freely, so plan ahead, pay expenses, and tell them what changed because of what "
    "they said.",
]

KEY_POINTS = [
    "Parent carers are experts in their own child's life.",
    "Co-production shares power from the start; consultation asks afterwards.",
    "Record the family's views in their own words.",
    "Plain language and early drafts build trust.",
    "Tell families about independent advice before they need to ask.",
]

CASE_STUDY = {
    "title": "Amira's annual review",
    "summary": (
        "A review meeting that had gone badly for two years changed when the family was "
        "asked to set the agenda."
    ),
    "body": (
        "<p>Amira is nine and has cerebral palsy and a hearing impairment. Her mother, "
        "Leila, had come to two annual reviews where the plan was read out to her and she "
        "was asked to sign it. She felt that nobody had asked what Amira's days were "
        "actually like.</p>"
        "<p>This year, the EHC co-ordinator rang Leila a month before the review and asked "
        "what she wanted to talk about. Leila chose three things: getting to school on "
        "time, friendships at break, and what would happen at secondary transfer. The "
        "meeting was organised around those three questions.</p>"
        "<p>The plan that came out of the review was shorter, but Leila said it was the "
        "first one that sounded like her daughter. The school later said it was also the "
        "first one that staff actually used.</p>"
    ),
    "source": "A composite of several families' experiences.",
}


def module_body(course_number: int, module_number: int) -> list:
    """A realistic module: headings, eight paragraphs, key points and a case study.

    No reflection blocks, so "mark as complete" needs nothing but the button.
    """
    shift = (course_number + module_number) % len(PARAGRAPHS)
    rotated = PARAGRAPHS[shift:] + PARAGRAPHS[:shift]
    first, second = rotated[:4], rotated[4:]
    return [
        ("heading", "What you will learn"),
        *[("rich_text", f"<p>{text}</p>") for text in first],
        ("key_points", {"heading": "Key points", "points": KEY_POINTS}),
        ("heading", "In practice"),
        *[("rich_text", f"<p>{text}</p>") for text in second[:2]],
        ("case_study", CASE_STUDY),
        *[("rich_text", f"<p>{text}</p>") for text in second[2:]],
    ]


def ensure_pages():
    """The catalogue at /courses/ and the benchmark courses and modules, all published."""
    from wagtail.models import Locale

    from courses.models import CourseIndexPage, CoursePage, ModulePage
    from training.core import page_builder
    from training.core.models import HomePage
    from training.core.site_setup import ensure_site

    ensure_site()
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(depth=2, locale=english)
    catalogue = CourseIndexPage.objects.child_of(home).first() or page_builder.add_page(
        home,
        CourseIndexPage(
            title="Courses",
            slug="courses",
            introduction="Courses for council staff, co-delivered by parent carers.",
        ),
    )
    courses = []
    for c in range(1, COURSES + 1):
        course = page_builder.child(  # published below, once its modules are
            catalogue,
            CoursePage,
            f"bench-course-{c}",
            publish_it=False,
            title=COURSE_TITLES[(c - 1) % len(COURSE_TITLES)],
            summary=(
                "For council staff who work with families of disabled children: "
                "how to plan, listen and record together."
            ),
            learning_outcomes=[
                ("outcome", "Explain what co-production means for families"),
                ("outcome", "Plan a meeting that a parent carer can take part in"),
                ("outcome", "Record a family's views in their own words"),
            ],
            audiences=[],
            estimated_minutes=MODULES_PER_COURSE * 15,
            cpd_hours=2,
        )
        modules = []
        for m in range(1, MODULES_PER_COURSE + 1):
            module = page_builder.child(
                course,
                ModulePage,
                f"module-{m}",
                title=MODULE_TITLES[(m - 1) % len(MODULE_TITLES)],
                summary="What to do, and why it matters to families.",
                estimated_minutes=15,
                body=module_body(c, m),
            )
            modules.append(module)
        courses.append((page_builder.publish_draft(course), modules))
    return catalogue, courses


def ensure_people():
    """One council; LEARNERS learners, one learner for the flat-out run, one for probing."""
    from training.people.models import Council, JobRole, Membership, User

    council, _ = Council.objects.get_or_create(
        gss_code=COUNCIL_GSS,
        defaults={"name": "Benchmarkshire", "region_name": "Benchmark", "is_active": True},
    )
    names = [f"learner{n:03d}" for n in range(1, LEARNERS + 1)] + ["flatout", "probe"]
    existing = {u.email: u for u in User.objects.filter(email__endswith="@" + EMAIL_DOMAIN)}
    people = []
    for name in names:
        email = f"{name}@{EMAIL_DOMAIN}"
        user = existing.get(email)
        if user is None:
            user = User(email=email, full_name=f"Bench {name.capitalize()}")
            user.set_unusable_password()
            user.save()
        Membership.objects.get_or_create(
            user=user, council=council, defaults={"job_role": JobRole.SOCIAL_WORKER}
        )
        people.append(user)
    return people


def reset_progress(people):
    from courses.models import CourseCompletion, Enrolment, ModuleProgress, Reflection

    for model in (CourseCompletion, ModuleProgress, Reflection, Enrolment):
        model.objects.filter(user__in=people).delete()


def new_session(user, old_key=None) -> str:
    """A signed-in session for this person, made as django.contrib.auth.login() makes one."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    if old_key:
        SessionStore(session_key=old_key).delete()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def seed(output: Path = DEFAULT_OUTPUT) -> dict:
    from django.conf import settings
    from django.db import transaction

    from courses import progress

    with transaction.atomic():
        catalogue, courses = ensure_pages()
        people = ensure_people()
        reset_progress(people)

    previous = {}
    if output.exists():
        try:
            previous = json.loads(output.read_text()).get("sessions_by_email", {})
        except (ValueError, AttributeError):
            previous = {}
    sessions = {user.email: new_session(user, previous.get(user.email)) for user in people}

    learners, flatout, probe = people[:LEARNERS], people[LEARNERS], people[LEARNERS + 1]
    first_course, first_modules = courses[0]
    # The flat-out learner has started the first course, so its module pages do the full
    # work of an enrolled learner's page (progress, resume point, reflections).
    progress.enrol(flatout, first_course)
    progress.enrol(probe, first_course)

    data = {
        "session_cookie_name": settings.SESSION_COOKIE_NAME,
        "csrf_cookie_name": settings.CSRF_COOKIE_NAME,
        "catalogue_url": catalogue.get_url(),
        "courses": [
            {"url": course.get_url(), "modules": [m.get_url() for m in modules]}
            for course, modules in courses
        ],
        "learner_sessions": [sessions[user.email] for user in learners],
        "flatout_session": sessions[flatout.email],
        "flatout_module_url": first_modules[2].get_url(),
        "probe_email": probe.email,
        "sessions_by_email": sessions,
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(data, indent=2))
    os.chmod(output, 0o600)
    return data


def main(argv):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    data = seed(output)
    print(
        f"Seeded {len(data['courses'])} courses of {MODULES_PER_COURSE} modules and "
        f"{len(data['learner_sessions'])} learners; sessions in {output}"
    )


if __name__ == "__main__":
    main(sys.argv)
