"""Reads one run's results and prints the summary: part (a) percentiles, part (b) RPS.

    python3 -m bench.summary RESULTS_DIR

Needs only the standard library (no Django). Writes RESULTS_DIR/summary.json and
RESULTS_DIR/summary.md. Exits 2 if any request failed (a broken run), 0 otherwise:
missing a target is a finding, not an error.
"""

import json
import re
import sys
from pathlib import Path

JOURNEY = ["catalogue", "course page", "enrol", "module page", "mark complete"]
MODULE_P95_TARGET_MS = 100
CEILING_SHARE_TARGET = 0.40
_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip()).groups()
    return float(number) * _UNITS_MS[unit]


def parse_wrk(path: Path) -> dict:
    text = path.read_text()
    found = re.search(r"Requests/sec:\s+([\d.]+)", text)
    result = {
        "file": path.name,
        "rps": float(found.group(1)) if found else None,
        "requests": None,
        "non_200": None,
        "socket_errors": 0,
        "latency_ms": {},
        "worker_cpu_ms_per_request": None,
    }
    if found := re.search(r"(\d+) requests in ([\d.]+\w+)", text):
        result["requests"] = int(found.group(1))
    if found := re.search(r"Non-200 responses: (\d+)", text):
        result["non_200"] = int(found.group(1))
    if found := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    ):
        result["socket_errors"] = sum(int(n) for n in found.groups())
    if (found := re.search(r"Worker CPU ms: (\d+)", text)) and result["requests"]:
        result["worker_cpu_ms_per_request"] = round(int(found.group(1)) / result["requests"], 2)
    for percent, value in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+\w+)\s*$", text, re.M):
        result["latency_ms"][percent] = round(_ms(value), 2)
    return result


def _percentile(times: dict, total: int, percent: float):
    """Locust's own percentile rule, over its histogram of rounded response times."""
    if not total:
        return None
    wanted = int(total * percent)
    processed = 0
    for ms in sorted(times, reverse=True):
        processed += times[ms]
        if total - processed <= wanted:
            return float(ms)
    return None


def _row(times: dict, requests: int, failures: int, total_ms: float, max_ms: float, seconds):
    return {
        "requests": requests,
        "failures": failures,
        "p50_ms": _percentile(times, requests, 0.50),
        "p95_ms": _percentile(times, requests, 0.95),
        "p99_ms": _percentile(times, requests, 0.99),
        "avg_ms": round(total_ms / requests, 1) if requests else None,
        "max_ms": round(max_ms, 1),
        "rps": round(requests / seconds, 2) if seconds else None,
    }


def parse_locust(path: Path) -> dict:
    """The final stats locust writes with --json-file (its CSV can miss the last second)."""
    rows = {}
    merged, requests, failures, total_ms, max_ms = {}, 0, 0, 0.0, 0.0
    entries = json.loads(path.read_text())
    if not entries:
        return rows
    # Rates over the whole run, not from each name's first request.
    start = min(entry["start_time"] for entry in entries)
    end = max(entry["last_request_timestamp"] or start for entry in entries)
    seconds = end - start
    for entry in entries:
        times = {int(float(ms)): n for ms, n in entry["response_times"].items()}
        rows[entry["name"]] = _row(
            times,
            entry["num_requests"],
            entry["num_failures"],
            entry["total_response_time"],
            entry["max_response_time"],
            seconds,
        )
        for ms, n in times.items():
            merged[ms] = merged.get(ms, 0) + n
        requests += entry["num_requests"]
        failures += entry["num_failures"]
        total_ms += entry["total_response_time"]
        max_ms = max(max_ms, entry["max_response_time"])
    rows["Aggregated"] = _row(merged, requests, failures, total_ms, max_ms, seconds)
    return rows


def cpu_busy(before: Path, after: Path):
    """Share of all cores busy between two copies of /proc/stat's first line."""
    try:
        a = [int(n) for n in before.read_text().split()[1:]]
        b = [int(n) for n in after.read_text().split()[1:]]
    except (OSError, ValueError):
        return None
    delta = [y - x for x, y in zip(a, b, strict=False)]
    idle = delta[3] + (delta[4] if len(delta) > 4 else 0)
    total = sum(delta)
    return round(100 * (total - idle) / total, 1) if total else None


def summarise(results: Path) -> dict:
    journey = parse_locust(results / "journey.json")
    rounds = sorted(results.glob("wrk_module_*.txt"))
    module_runs = [parse_wrk(p) for p in rounds]
    ceiling_runs = [parse_wrk(p) for p in sorted(results.glob("wrk_ceiling_*.txt"))]
    bare_runs = [parse_wrk(p) for p in sorted(results.glob("wrk_bare_*.txt"))]

    def mean_rps(runs):
        values = [r["rps"] for r in runs if r["rps"] is not None]
        return round(sum(values) / len(values), 1) if values else None

    def mean_cpu(runs):
        values = [r["worker_cpu_ms_per_request"] for r in runs if r["worker_cpu_ms_per_request"]]
        return round(sum(values) / len(values), 2) if values else None

    module_rps, ceiling_rps = mean_rps(module_runs), mean_rps(ceiling_runs)
    module_cpu, ceiling_cpu = mean_cpu(module_runs), mean_cpu(ceiling_runs)
    bare_rps, bare_cpu = mean_rps(bare_runs), mean_cpu(bare_runs)
    journey_cpu = None
    if (results / "worker_cpu_ms_journey").exists() and journey.get("Aggregated"):
        journey_cpu = round(
            int((results / "worker_cpu_ms_journey").read_text())
            / journey["Aggregated"]["requests"],
            1,
        )
    ratio = round(module_rps / ceiling_rps, 3) if module_rps and ceiling_rps else None
    module_p95 = journey.get("module page", {}).get("p95_ms")
    queries = {}
    if (results / "queries.json").exists():
        steps = json.loads((results / "queries.json").read_text())["steps"]
        queries = {name: step["queries"] for name, step in steps.items()}
    meta = {}
    if (results / "meta.json").exists():
        meta = json.loads((results / "meta.json").read_text())
    errors = []
    for name, row in journey.items():
        if row["failures"] and name != "Aggregated":
            errors.append(f"{row['failures']} failed '{name}' requests (see journey_failures.csv)")
    for run in module_runs + ceiling_runs + bare_runs:
        if run["rps"] is None:
            errors.append(f"{run['file']}: wrk printed no Requests/sec")
        if run["non_200"]:
            errors.append(f"{run['file']}: {run['non_200']} responses were not 200")
        if run["socket_errors"]:
            errors.append(f"{run['file']}: {run['socket_errors']} socket errors")
    return {
        "journey": journey,
        "module_p95_ms": module_p95,
        "module_p95_target_ms": MODULE_P95_TARGET_MS,
        "module_p95_met": module_p95 is not None and module_p95 < MODULE_P95_TARGET_MS,
        "flat_out": {"module": module_runs, "ceiling": ceiling_runs, "bare": bare_runs},
        "module_rps": module_rps,
        "ceiling_rps": ceiling_rps,
        "bare_rps": bare_rps,
        "bare_ratio": round(module_rps / bare_rps, 3) if module_rps and bare_rps else None,
        "ratio": ratio,
        "ratio_target": CEILING_SHARE_TARGET,
        "ratio_met": ratio is not None and ratio >= CEILING_SHARE_TARGET,
        # App CPU (gunicorn workers only, not PostgreSQL) per request: unlike requests per
        # second, this barely moves when other work shares the machine.
        "worker_cpu_ms_per_request": {
            "journey_mean": journey_cpu,
            "module": module_cpu,
            "ceiling": ceiling_cpu,
            "bare": bare_cpu,
            "ratio": round(ceiling_cpu / module_cpu, 3) if module_cpu and ceiling_cpu else None,
        },
        "queries": queries,
        "cpu_busy_percent": {
            "journey": cpu_busy(results / "cpu_journey_before", results / "cpu_journey_after"),
            "flat_out": cpu_busy(results / "cpu_flat_before", results / "cpu_flat_after"),
        },
        "meta": meta,
        "errors": errors,
    }


def _fmt(value, suffix=""):
    if value is None:
        return "n/a"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value}{suffix}"


def render(s: dict) -> str:
    lines = []
    meta = s["meta"]
    if meta:
        lines += [
            f"Run {meta.get('started', '?')} on {meta.get('machine', '?')}",
            f"CPUs busy just before (other work): {_fmt(meta.get('cpu_busy_before_percent'), '%')}",
            f"Load before: {meta.get('uptime_before', '?')}",
            f"Load after:  {meta.get('uptime_after', '?')}",
            "",
        ]
    lines += [
        f"(a) {meta.get('users', '?')} learners, {meta.get('run_time', '?')}, "
        f"2-5 s between pages (CPU busy {_fmt(s['cpu_busy_percent']['journey'], '%')})",
        "",
        "| Request | Requests | Req/s | Failures | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) | SQL queries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in [*JOURNEY, "Aggregated"]:
        row = s["journey"].get(name)
        if row is None:
            continue
        lines.append(
            f"| {name} | {row['requests']} | {_fmt(row['rps'])} | {row['failures']} | {_fmt(row['p50_ms'])} | "
            f"{_fmt(row['p95_ms'])} | {_fmt(row['p99_ms'])} | {_fmt(row['max_ms'])} | "
            f"{_fmt(s['queries'].get(name))} |"
        )
    verdict = "met" if s["module_p95_met"] else "MISSED"
    lines += [
        "",
        f"Module page p95: {_fmt(s['module_p95_ms'], ' ms')} "
        f"(target < {s['module_p95_target_ms']} ms): {verdict}",
        "",
        f"(b) flat out: wrk {meta.get('wrk', '?')} (CPU busy "
        f"{_fmt(s['cpu_busy_percent']['flat_out'], '%')})",
        "",
        "| URL | Round | Requests/s | p50 (ms) | p99 (ms) | Non-200 | Worker CPU ms/request | SQL queries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, key, query_key in (
        ("module page", "module", "module page"),
        ("ceiling", "ceiling", "ceiling"),
        ("bare Django", "bare", "bare"),
    ):
        for number, run in enumerate(s["flat_out"].get(key, []), 1):
            lines.append(
                f"| {label} | {number} | {_fmt(run['rps'])} | {_fmt(run['latency_ms'].get('50'))} | "
                f"{_fmt(run['latency_ms'].get('99'))} | {_fmt(run['non_200'])} | "
                f"{_fmt(run['worker_cpu_ms_per_request'])} | {_fmt(s['queries'].get(query_key))} |"
            )
    verdict = "met" if s["ratio_met"] else "MISSED"
    ratio = f"{100 * s['ratio']:.1f}%" if s["ratio"] is not None else "n/a"
    lines += [
        "",
        f"Module page {_fmt(s['module_rps'])} req/s vs ceiling {_fmt(s['ceiling_rps'])} req/s "
        f"(mean of rounds): {ratio} of the ceiling (target >= "
        f"{100 * s['ratio_target']:.0f}%): {verdict}",
    ]
    if s.get("bare_ratio") is not None:
        lines.append(
            f"Module page vs plain Django outside Cotrain's middleware ({_fmt(s['bare_rps'])} "
            f"req/s): {100 * s['bare_ratio']:.1f}%"
        )
    cpu = s["worker_cpu_ms_per_request"]
    if cpu.get("bare") is not None and cpu["ceiling"] is not None:
        lines.append(
            f"App CPU per request outside Cotrain's middleware: {cpu['bare']} ms "
            f"(so Cotrain's middleware costs {_fmt(round(cpu['ceiling'] - cpu['bare'], 2))} ms)"
        )
    if cpu["ratio"] is not None:
        lines.append(
            f"App CPU per request: module page {cpu['module']} ms, ceiling {cpu['ceiling']} ms: "
            f"by CPU cost the module page runs at {100 * cpu['ratio']:.1f}% of the ceiling's rate"
        )
    if cpu["journey_mean"] is not None:
        lines.append(f"Part (a): {cpu['journey_mean']} ms of app CPU per request on average")
    if s["errors"]:
        lines += ["", "ERRORS:", *[f"- {e}" for e in s["errors"]]]
    return "\n".join(lines) + "\n"


def main(argv):
    results = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "results"
    s = summarise(results)
    text = render(s)
    (results / "summary.json").write_text(json.dumps(s, indent=2))
    (results / "summary.md").write_text(text)
    print(text, end="")
    return 2 if s["errors"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
