"""CPU time per request, in one process, for the module page and the two ceilings.

Run after `bash bench/run.sh` has seeded the benchmark database (it reads the sessions it
wrote to bench/results/seed.json, or to $BENCH_SEED):

    DJANGO_SETTINGS_MODULE=bench.settings .venv/bin/python -m bench.cpu_per_request

Unlike the load test, nothing else shares the measurement: no web server, no load
generator, no network. So it can compare two versions of the code on the same machine,
minutes apart: check the older commit out into a worktree, copy this file into its bench/,
and run the same command there (bench/README.md, run H).
"""

import json
import os
import sys
import time
from pathlib import Path

ROUNDS, REQUESTS, WARM_UP = 3, 300, 50
SEED = Path(__file__).resolve().parent / "results" / "seed.json"


def _timed(call, count) -> float:
    started = time.process_time()
    for _ in range(count):
        call()
    return 1000 * (time.process_time() - started) / count


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client, RequestFactory

    seed = json.loads(Path(os.environ.get("BENCH_SEED", SEED)).read_text())
    cookie = f"{settings.SESSION_COOKIE_NAME}={seed['flatout_session']}"
    client = Client(HTTP_HOST="127.0.0.1", HTTP_COOKIE=cookie)
    try:
        from bench.bare import BareDjango
    except ImportError:  # an older commit, from before bench/bare.py
        BareDjango = None
    bare = BareDjango() if BareDjango else None
    bare_environ = RequestFactory().get("/bench/bare/", HTTP_COOKIE=cookie).environ

    def get_bare():
        status = []
        b"".join(bare(dict(bare_environ), lambda s, h, *a: status.append(s)))
        assert status == ["200 OK"], status

    def get(url):
        def call():
            assert client.get(url).status_code == 200, url

        return call

    targets = {
        "module page": get(seed["flatout_module_url"]),
        "ceiling": get("/bench/ceiling/"),
    }
    if bare is not None:
        targets["bare Django"] = get_bare
    for call in targets.values():
        _timed(call, WARM_UP)
    for name, call in targets.items():
        queries = []

        def counted(execute, *args, seen=queries):
            seen.append(args[0])
            return execute(*args)

        # Counted as they run: Django clears its own query log when a request starts.
        with connection.execute_wrapper(counted):
            call()
        rounds = [_timed(call, REQUESTS) for _ in range(ROUNDS)]
        print(
            f"{name:12} {' '.join(f'{r:.2f}' for r in rounds)} ms CPU a request "
            f"(best {min(rounds):.2f}), {len(queries)} queries"
        )


if __name__ == "__main__":
    sys.exit(main())
