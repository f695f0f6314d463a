#!/usr/bin/env python3
"""QR check-in under load, against a running REST Academy (Python 3 standard library only).

Phases:
  setup    (not measured) the admin opens N participant accounts of Austria through the API, each
                          gets a token; the admin creates a seminar (capacity N) whose session takes
                          check-ins now and registers the N participants
  check-in (measured)     every participant checks in once through POST /api/v1/sessions/{id}/check-ins
                          at a random moment within --seconds (default 60), with the code the trainer's
                          screen shows (a poller reads it every second, as the projector page does);
                          10 % scan twice: half of them with both requests at the same moment, half
                          again 1 to 10 s later. A 422 "code expired" fetches the code afresh and retries
                          (counted apart as retries).
  verify                  the attendance API lists one mark per participant; every first scan was 201
                          and every repeat 200
Prints a Markdown table and writes the figures as JSON (--out); the shell script then counts the
rows in the database itself.
"""
import argparse
import datetime
import json
import random
import threading
import time
import zoneinfo
from concurrent.futures import ThreadPoolExecutor

from load_api import Api, percentile, run_all

PASSWORD = "Load test lantern 2026"
ZONE = zoneinfo.ZoneInfo("Europe/Vienna")


def setup_accounts(api, admin_token, n, workers):
    def one(i):
        email = f"checkin{i:04d}@load.example.org"
        status, body, _ = api.call("POST", "/api/v1/accounts", admin_token, {
            "email": email, "displayName": f"Load participant {i}", "country": "AT", "profession": "SOCIAL_WORKER",
            "password": PASSWORD})
        if status != 201:
            raise SystemExit(f"opening {email}: {status} {body}")
        status, body, _ = api.call("POST", "/api/v1/tokens", body={"name": "load test"}, basic=f"{email}:{PASSWORD}")
        if status != 201:
            raise SystemExit(f"token for {email}: {status} {body}")
        return {"i": i, "email": email, "token": body["token"]}
    return run_all(workers, range(n), one)


def create_seminar(api, admin_token, capacity):
    """A seminar in Vienna today whose session began five minutes ago (kept within today) and ends at 23:59;
    check-in stays open four hours beyond, so that a run late in the evening is not cut off at midnight."""
    now = datetime.datetime.now(ZONE).replace(second=0, microsecond=0)
    start = max(now - datetime.timedelta(minutes=5), now.replace(hour=0, minute=0))
    day = now.date().isoformat()
    status, body, _ = api.call("POST", "/api/v1/seminars", admin_token, {
        "country": "AT", "texts": {"en": {"title": "Check-in load test", "description": ""}}, "city": "Loadville",
        "venue": "Hall", "startsOn": day, "endsOn": day, "capacity": capacity, "closesMinutesAfter": 240,
        "sessions": [{"date": day, "start": start.strftime("%H:%M"), "end": "23:59", "room": "1", "hours": 4}]})
    if status != 201:
        raise SystemExit(f"creating the seminar: {status} {body}")
    return body["id"], body["sessions"][0]["id"]


def register_all(api, admin_token, seminar, people, workers):
    def one(person):
        status, body, _ = api.call("POST", f"/api/v1/seminars/{seminar}/registrations", admin_token, {"email": person["email"]})
        if status != 201 or body.get("status") != "REGISTERED":
            raise SystemExit(f"registering {person['email']}: {status} {body}")
    run_all(workers, people, one)


class Screen:
    """The trainer's screen: reads the current code every second, and on demand after a 422."""

    def __init__(self, api, admin_token, session):
        self.api, self.token, self.session = api, admin_token, session
        self.code, self.lock, self.stopped = None, threading.Lock(), threading.Event()
        self.refresh()

    def refresh(self):
        status, body, _ = self.api.call("GET", f"/api/v1/sessions/{self.session}/check-in-code", self.token)
        if status != 200 or not body.get("code"):
            raise SystemExit(f"reading the code: {status} {body}")
        with self.lock:
            self.code = body["code"]
        return body["code"]

    def current(self):
        with self.lock:
            return self.code

    def run(self):
        while not self.stopped.wait(1.0):
            try:
                self.refresh()
            except (OSError, SystemExit):
                pass


def check_in(api, screen, session, person):
    """One scan: returns (latencies of every request, final status, body, code retries)."""
    latencies, retries = [], 0
    code = screen.current()
    while True:
        status, body, seconds = api.call("POST", f"/api/v1/sessions/{session}/check-ins", person["token"], {"code": code})
        latencies.append(seconds)
        if status == 422 and isinstance(body, dict) and body.get("error") == "checkin.error.code" and retries < 3:
            retries += 1
            code = screen.refresh()
            continue
        return latencies, status, body, retries


def measure(api, screen, session, people, seconds, workers, seed):
    rng = random.Random(seed)
    jobs = [(rng.uniform(0, seconds * 0.95), person, "first") for person in people]
    twice = rng.sample(people, len(people) // 10)
    for k, person in enumerate(twice):
        first = next(at for at, p, _ in jobs if p is person)
        # Half scan twice at the very same moment (two requests in flight), half again a little later.
        again = first if k % 2 == 0 else min(seconds, first + rng.uniform(1, 10))
        jobs.append((again, person, "repeat" if k % 2 else "concurrent"))
    jobs.sort(key=lambda job: job[0])
    results = []
    results_lock = threading.Lock()
    began = time.perf_counter()

    def one(job):
        at, person, kind = job
        delay = began + at - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        try:
            latencies, status, body, retries = check_in(api, screen, session, person)
        except OSError as e:
            latencies, status, body, retries = [], None, str(e), 0
        with results_lock:
            results.append({"email": person["email"], "kind": kind, "latencies": latencies, "status": status,
                            "body": body, "retries": retries, "finished": time.perf_counter()})

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, jobs))
    wall = max(r["finished"] for r in results) - began
    return results, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:18180")
    parser.add_argument("--admin-token", required=True)
    parser.add_argument("--participants", type=int, default=1500)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--setup-workers", type=int, default=6)
    parser.add_argument("--workers", type=int, default=64, help="clients in flight at most during the check-ins")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", default="check-in-load.json")
    args = parser.parse_args()
    api = Api(args.base)

    began = time.perf_counter()
    people = setup_accounts(api, args.admin_token, args.participants, args.setup_workers)
    seminar, session = create_seminar(api, args.admin_token, args.participants)
    register_all(api, args.admin_token, seminar, people, args.setup_workers)
    setup_seconds = time.perf_counter() - began
    print(f"setup: {len(people)} accounts, tokens and registrations, seminar {seminar} session {session}, "
          f"in {setup_seconds:.1f} s (not measured)", flush=True)

    screen = Screen(api, args.admin_token, session)
    poller = threading.Thread(target=screen.run, daemon=True)
    poller.start()
    results, wall = measure(api, screen, session, people, args.seconds, args.workers, args.seed)
    screen.stopped.set()

    firsts = [r for r in results if r["kind"] == "first"]
    repeats = [r for r in results if r["kind"] != "first"]
    latencies = [s for r in results for s in r["latencies"]]
    created = sum(1 for r in results if r["status"] == 201)
    repeated = sum(1 for r in results if r["status"] == 200 and r["body"].get("repeated"))
    errors = [r for r in results if r["status"] not in (200, 201)]
    retries = sum(r["retries"] for r in results)

    status, entries, _ = api.call("GET", f"/api/v1/seminars/{seminar}/attendance", args.admin_token)
    if status != 200:
        raise SystemExit(f"reading the attendance: {status} {entries}")
    marked = [e for e in entries if e["sessionId"] == session]
    stored = sum(1 for e in marked if e["status"] is not None)
    unique = len({e["accountId"] for e in marked if e["status"] is not None})
    report = {"participants": len(people), "scans": len(results), "doubleScans": len(repeats),
              "concurrentDoubles": sum(1 for r in repeats if r["kind"] == "concurrent"), "setupSeconds": setup_seconds,
              "created201": created, "repeated200": repeated, "errors": len(errors), "codeRetries": retries,
              "storedMarks": stored, "uniqueMarked": unique, "entries": len(marked), "duplicates": stored - unique,
              "p50": percentile(latencies, 50), "p95": percentile(latencies, 95), "p99": percentile(latencies, 99),
              "max": max(latencies, default=float("nan")), "requests": len(latencies), "wallSeconds": wall,
              "seminar": seminar, "session": session}
    with open(args.out, "w") as out:
        json.dump(report, out, indent=2)

    print()
    print("| Participants | Scans (10 % twice) | 201 new | 200 repeat | Errors | Code retries (422) | Marks stored | Duplicates "
          "| p50 | p95 | p99 | max | Wall time |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| {len(people)} | {len(results)} | {created} | {repeated} | {len(errors)} | {retries} | {stored} | {stored - unique} "
          f"| {report['p50'] * 1000:.0f} ms | {report['p95'] * 1000:.0f} ms | {report['p99'] * 1000:.0f} ms "
          f"| {report['max'] * 1000:.0f} ms | {wall:.1f} s |")
    for r in errors[:10]:
        print(f"  {r['email']} ({r['kind']}): {r['status']} {r['body']}")
    print(f"\nsetup (not measured): {setup_seconds:.0f} s; check-ins spread over {args.seconds:.0f} s, "
          f"at most {args.workers} in flight; {report['requests']} requests")
    ok = not errors and stored == len(people) == unique and created == len(people) and repeated == len(repeats)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
