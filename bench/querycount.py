"""How many SQL queries each step of the journey makes, in steady state, in-process.

    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python -m bench.querycount [SEED.json] [OUT.json]

Uses the "probe" learner that bench.seed makes (enrolled in the first course, no progress),
so it changes nobody the load test uses. Each page is fetched once to warm the caches and
then counted. Prints a table and the queries that repeat on the module page.
"""

import json
import os
import re
import sys
import traceback
from collections import Counter
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def _shape(sql: str) -> str:
    """The query with its literal values taken out, so repeats of one query group together."""
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"IN \([?, ]+\)", "IN (...)", sql)


def _origin() -> str:
    """Where a query came from: the innermost project frame (not a library, not bench/),
    and, when a library made the query on the project's behalf, the innermost library frame
    outside Django's ORM."""
    root = str(Path(__file__).resolve().parent.parent)
    stack = traceback.extract_stack()[:-2]
    orm = ("/django/db/", "/django/utils/functional.py", "/modelcluster/", "/treebeard/")
    library = next(
        (
            f
            for f in reversed(stack)
            if "/.venv/" in f.filename and not any(part in f.filename for part in orm)
        ),
        None,
    )
    for index in range(len(stack) - 1, -1, -1):
        frame = stack[index]
        name = frame.filename
        if name.startswith(root) and "/.venv/" not in name and "/bench/" not in name:
            where = f"{name[len(root) + 1 :]}:{frame.lineno} {frame.name}"
            if library is not None and stack.index(library) > index:
                short = library.filename.split("site-packages/")[-1]
                where += f" -> {short}:{library.lineno} {library.name}"
            return where
    return "library"


def count(seed_file: Path) -> dict:
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.seed import new_session
    from training.people.models import User

    seed = json.loads(seed_file.read_text())
    probe = User.objects.get(email=seed["probe_email"])
    client = Client(HTTP_HOST="127.0.0.1")
    session_key = new_session(probe)
    client.cookies[settings.SESSION_COOKIE_NAME] = session_key

    course = seed["courses"][0]
    module_url = course["modules"][0]
    steps = [
        ("ceiling", "get", "/bench/ceiling/", {}),
        ("catalogue", "get", seed["catalogue_url"], {}),
        ("course page", "get", course["url"], {}),
        # Starting a course the probe has not started (bench.seed started it on the first).
        ("enrol", "post", seed["courses"][1]["url"], {"_": ""}),
        ("module page", "get", module_url, {}),
        ("mark complete", "post", module_url, {"action": "complete"}),
    ]
    results = {}
    module_queries = []
    origins = []

    def record_origin(execute, sql, params, many, context):
        origins.append(_origin())
        return execute(sql, params, many, context)

    for name, method, url, data in steps:
        if method == "get":
            client.get(url)  # warm: caches, first-visit writes
        origins.clear()
        with (
            CaptureQueriesContext(connection) as captured,
            connection.execute_wrapper(record_origin),
        ):
            response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
        results[name] = {
            "url": url,
            "status": response.status_code,
            "queries": len(captured.captured_queries),
            "bytes": len(response.content),
        }
        results[name]["detail"] = [
            {"origin": origin, "sql": q["sql"]}
            for origin, q in zip(origins, captured.captured_queries, strict=False)
        ]
        if name == "module page":
            module_queries = results[name]["detail"]
    SessionStore(session_key=session_key).delete()
    repeats = Counter(_shape(q["sql"]) for q in module_queries)
    return {
        "steps": results,
        "module_page_queries": module_queries,
        "module_page_repeats": [
            {"times": n, "query": shape[:300]} for shape, n in repeats.most_common() if n > 1
        ],
    }


def main(argv):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    seed_file = Path(argv[1]) if len(argv) > 1 else RESULTS / "seed.json"
    out = Path(argv[2]) if len(argv) > 2 else RESULTS / "queries.json"
    data = count(seed_file)
    out.write_text(json.dumps(data, indent=2))
    print(f"{'request':<14} {'status':>6} {'queries':>7} {'bytes':>7}")
    for name, step in data["steps"].items():
        print(f"{name:<14} {step['status']:>6} {step['queries']:>7} {step['bytes']:>7}")
    for name in ("module page", "mark complete"):
        print(f"{name.capitalize()} queries, by where they come from:")
        for origin, n in Counter(q["origin"] for q in data["steps"][name]["detail"]).most_common():
            print(f"  {n:>2} {origin}")
    if data["module_page_repeats"]:
        print("Queries repeated on one module page:")
        for repeat in data["module_page_repeats"]:
            print(f"  {repeat['times']}x {repeat['query'][:160]}")


if __name__ == "__main__":
    main(sys.argv)
