"""Part (a): learners taking courses at a realistic pace.

Each simulated learner is one of the people bench.seed made, with their own session, and
does what a learner does: catalogue -> course page -> start the course (the first time) ->
for each module: read the page, mark it complete -> back to the course page. Between
pages it waits 2 to 5 seconds. Requests are named so the stats group them:
"catalogue", "course page", "enrol", "module page" and "mark complete".

    .venv/bin/locust -f bench/locustfile.py --headless -u 100 -r 10 -t 3m \\
        --host http://127.0.0.1:8100

BENCH_SEED (default bench/results/seed.json) is the file bench.seed wrote.
"""

import json
import logging
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from locust import HttpUser, between, task
from locust.exception import StopUser

SEED = Path(os.environ.get("BENCH_SEED", Path(__file__).resolve().parent / "results" / "seed.json"))
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

_seed = json.loads(SEED.read_text())
_next_learner = 0


class Learner(HttpUser):
    wait_time = between(2, 5)

    def on_start(self):
        global _next_learner
        if _next_learner >= len(_seed["learner_sessions"]):
            # One simulated learner per person, never two on one session.
            logging.warning(
                "more users than the %d seeded learners", len(_seed["learner_sessions"])
            )
            raise StopUser
        self.number = _next_learner
        _next_learner += 1
        host = urlsplit(self.host).hostname
        self.client.cookies.set(
            _seed["session_cookie_name"],
            _seed["learner_sessions"][self.number],
            domain=host,
            path="/",
        )
        self.csrf_token = None
        self.started = set()
        # Learners start on different courses, so the load spreads as it would.
        self.course_index = self.number % len(_seed["courses"])

    def _get(self, url, name):
        with self.client.get(
            url, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code} for {url} (expected 200)")
            elif found := CSRF_INPUT.search(response.text):
                self.csrf_token = found.group(1)
                response.success()
            else:
                response.failure(f"no CSRF token on {url}: not signed in?")
            return response

    def _post(self, url, name, data):
        # A browser follows the redirect with a GET of the next page; this journey makes
        # that GET itself (the next module page), so the POST is timed on its own.
        with self.client.post(
            url,
            data={"csrfmiddlewaretoken": self.csrf_token, **data},
            headers={"Referer": self.host + url},
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location", "")
            if response.status_code != 302:
                response.failure(f"{response.status_code} for POST {url} (expected 302)")
            elif "sign-in" in location:
                response.failure(f"POST {url} sent to sign in")
            else:
                response.success()
            return response

    @task
    def take_a_course(self):
        course = _seed["courses"][self.course_index]
        self.course_index = (self.course_index + 1) % len(_seed["courses"])

        self._get(_seed["catalogue_url"], "catalogue")
        self.wait()
        self._get(course["url"], "course page")
        if course["url"] not in self.started:
            self.wait()
            self._post(course["url"], "enrol", {})
            self.started.add(course["url"])
        for module_url in course["modules"]:
            self.wait()
            self._get(module_url, "module page")
            self.wait()
            self._post(module_url, "mark complete", {"action": "complete"})
        self.wait()
        self._get(course["url"], "course page")
