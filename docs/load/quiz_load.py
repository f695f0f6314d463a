#!/usr/bin/env python3
"""Quiz submissions under load, against a running REST Academy (Python 3 standard library only).

Phases, against the bundle docs/load/bundles/load-test (quizzes "burst" and "paced", ten 1-point
questions each, one attempt per learner):
  setup    (not measured) the admin opens N participant accounts through the API; each gets a token
  prepare  (measured)     each learner starts an attempt and saves ten answers (autosave); learner i
                          answers the first i % 11 questions right, so the expected score is i % 11
  burst    (measured)     all N learners submit at once: N threads, released together
  paced    (measured)     the same work on the second quiz by 8 workers, each submitting its share one by one
  verify                  every attempt is submitted, graded with the expected score, written once
                          (its version one above the one at start), a second submission returns the same result and
                          changes nothing, and no learner can start a second attempt
Prints a Markdown table and writes the figures as JSON (--out).
"""
import argparse
import json
import threading
import time

from load_api import Api, percentile, run_all

QUESTIONS = [f"q{q}" for q in range(1, 11)]
PASSWORD = "Load test lantern 2026"
def right(question):
    q = int(question[1:])
    if q <= 8:
        return {"choice": ["abc"[q % 3]]}
    return {"choice": ["true"]} if q == 9 else {"text": "30"}


def wrong(question):
    q = int(question[1:])
    if q <= 8:
        return {"choice": ["abc"[(q + 1) % 3]]}
    return {"choice": ["false"]} if q == 9 else {"text": "14"}


def setup(api, admin_token, n, workers):
    def one(i):
        email = f"load{i:04d}@load.example.org"
        status, body, _ = api.call("POST", "/api/v1/accounts", admin_token, {
            "email": email, "displayName": f"Load learner {i}", "country": "AT", "profession": "LAWYER", "password": PASSWORD})
        if status != 201:
            raise SystemExit(f"opening {email}: {status} {body}")
        status, body, _ = api.call("POST", "/api/v1/tokens", body={"name": "load test"}, basic=f"{email}:{PASSWORD}")
        if status != 201:
            raise SystemExit(f"token for {email}: {status} {body}")
        return {"i": i, "email": email, "token": body["token"], "expected": i % 11}
    return run_all(workers, range(n), one)


def prepare(api, learners, quiz, workers):
    """Starts an attempt per learner and saves ten answers; returns autosave latencies and errors."""
    def one(learner):
        status, body, _ = api.call("POST", f"/api/v1/quizzes/load-test:{quiz}/attempts", learner["token"], {})
        if status != 201:
            return [], [f"start {learner['email']}: {status} {body}"]
        learner[quiz] = body["id"]
        learner[quiz + "-version"] = body["version"]
        latencies, errors = [], []
        for position, question in enumerate(QUESTIONS):
            answer = right(question) if position < learner["expected"] else wrong(question)
            status, body, seconds = api.call("PUT", f"/api/v1/attempts/{learner[quiz]}/answers/{question}", learner["token"], answer)
            latencies.append(seconds)
            if status != 204:
                errors.append(f"save {question}: {status} {body}")
        return latencies, errors
    start = time.perf_counter()
    results = run_all(workers, learners, one)
    return {"seconds": time.perf_counter() - start, "latencies": [s for r in results for s in r[0]],
            "errors": [e for r in results for e in r[1]]}


def submit(api, learner, quiz):
    status, body, seconds = api.call("POST", f"/api/v1/attempts/{learner[quiz]}/submission", learner["token"])
    return seconds, None if status == 200 else f"submit {learner['email']}: {status} {body}"


def burst(api, learners, quiz):
    """One thread per learner, each with its connection open, released together."""
    gate = threading.Barrier(len(learners) + 1)
    results = [None] * len(learners)
    finished = [0.0] * len(learners)

    def one(index):
        api.connection().connect()
        gate.wait()
        try:
            results[index] = submit(api, learners[index], quiz)
        except OSError as e:
            results[index] = (float("nan"), f"submit {learners[index]['email']}: {e}")
        finished[index] = time.perf_counter()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(learners))]
    for thread in threads:
        thread.start()
    gate.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"seconds": max(finished) - released, "latencies": [r[0] for r in results if r[1] is None],
            "errors": [r[1] for r in results if r[1] is not None]}


def paced(api, learners, quiz, workers):
    """`workers` clients, each submitting its share of the learners one after the other."""
    shares = [learners[w::workers] for w in range(workers)]

    def share(group):
        return [submit(api, learner, quiz) for learner in group]
    start = time.perf_counter()
    results = [r for group in run_all(workers, shares, share) for r in group]
    return {"seconds": time.perf_counter() - start, "latencies": [r[0] for r in results if r[1] is None],
            "errors": [r[1] for r in results if r[1] is not None]}


def verify(api, learners, quiz, workers):
    """Counts attempts that are graded once with the expected score and stay so on a second submission."""
    def one(learner):
        problems = []
        path = f"/api/v1/attempts/{learner[quiz]}"
        status, attempt, _ = api.call("GET", path, learner["token"])
        result = (attempt or {}).get("result") or {}
        if status != 200 or not attempt.get("submitted"):
            return [f"{learner['email']}: not submitted ({status})"]
        if float(result.get("score", -1)) != learner["expected"] or float(result.get("max", -1)) != 10:
            problems.append(f"{learner['email']}: score {result.get('score')} / {result.get('max')}, expected {learner['expected']}")
        if attempt.get("version") != learner[quiz + "-version"] + 1:
            problems.append(f"{learner['email']}: attempt written {attempt.get('version') - learner[quiz + '-version']} times after its start")
        status, again, _ = api.call("POST", path + "/submission", learner["token"])
        if status != 200 or again != result:
            problems.append(f"{learner['email']}: a second submission gave {status} {again}")
        status, after, _ = api.call("GET", path, learner["token"])
        if status != 200 or after.get("version") != attempt.get("version"):
            problems.append(f"{learner['email']}: the second submission wrote the attempt again")
        status, body, _ = api.call("POST", f"/api/v1/quizzes/load-test:{quiz}/attempts", learner["token"], {})
        if status != 409:
            problems.append(f"{learner['email']}: could start another attempt ({status} {body})")
        return problems
    problems = [p for r in run_all(workers, learners, one) for p in r]
    return {"graded": len(learners) - len({p.split(':')[0] for p in problems}), "problems": problems}


def ms(seconds):
    return f"{seconds * 1000:.0f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:18180")
    parser.add_argument("--admin-token", required=True)
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--setup-workers", type=int, default=4)
    parser.add_argument("--save-workers", type=int, default=16)
    parser.add_argument("--paced-workers", type=int, default=8)
    parser.add_argument("--out", default="quiz-load.json")
    args = parser.parse_args()
    api = Api(args.base)

    began = time.perf_counter()
    learners = setup(api, args.admin_token, args.learners, args.setup_workers)
    setup_seconds = time.perf_counter() - began
    print(f"setup: {len(learners)} accounts and tokens in {setup_seconds:.1f} s", flush=True)

    report = {"learners": len(learners), "setupSeconds": setup_seconds}
    for quiz, run in (("burst", lambda: burst(api, learners, "burst")),
                      ("paced", lambda: paced(api, learners, "paced", args.paced_workers))):
        saves = prepare(api, learners, quiz, args.save_workers)
        print(f"{quiz}: {len(saves['latencies'])} autosaves in {saves['seconds']:.1f} s, {len(saves['errors'])} errors", flush=True)
        submissions = run()
        print(f"{quiz}: {len(submissions['latencies'])} submissions in {submissions['seconds']:.2f} s, "
              f"{len(submissions['errors'])} errors", flush=True)
        checked = verify(api, learners, quiz, args.save_workers)
        print(f"{quiz}: {checked['graded']} of {len(learners)} graded once with the expected score", flush=True)
        for line in (saves["errors"] + submissions["errors"] + checked["problems"])[:10]:
            print("  " + line)
        report[quiz] = {
            "autosaves": len(saves["latencies"]), "autosaveErrors": len(saves["errors"]), "autosaveSeconds": saves["seconds"],
            "autosaveP50": percentile(saves["latencies"], 50), "autosaveP95": percentile(saves["latencies"], 95),
            "submissions": len(submissions["latencies"]), "submitErrors": len(submissions["errors"]),
            "submitSeconds": submissions["seconds"], "submitP50": percentile(submissions["latencies"], 50),
            "submitP95": percentile(submissions["latencies"], 95), "submitMax": max(submissions["latencies"], default=float("nan")),
            "graded": checked["graded"], "problems": len(checked["problems"])}
    report["expectedScoreSum"] = sum(learner["expected"] for learner in learners)
    report["totalSeconds"] = time.perf_counter() - began
    with open(args.out, "w") as out:
        json.dump(report, out, indent=2)

    b, p = report["burst"], report["paced"]
    print()
    print(f"| Run | Submissions | Errors | Graded once, expected score | Submit p50 | Submit p95 | Submit max | All submitted in |")
    print(f"|---|---|---|---|---|---|---|---|")
    print(f"| {len(learners)} at once (one thread each) | {b['submissions']} | {b['submitErrors']} | {b['graded']} "
          f"| {ms(b['submitP50'])} | {ms(b['submitP95'])} | {ms(b['submitMax'])} | {b['submitSeconds']:.2f} s |")
    print(f"| {args.paced_workers} clients, one after the other | {p['submissions']} | {p['submitErrors']} | {p['graded']} "
          f"| {ms(p['submitP50'])} | {ms(p['submitP95'])} | {ms(p['submitMax'])} | {p['submitSeconds']:.2f} s |")
    print()
    print(f"| Autosaves ({args.save_workers} clients) | Count | Errors | p50 | p95 | Time |")
    print(f"|---|---|---|---|---|---|")
    for quiz in ("burst", "paced"):
        r = report[quiz]
        print(f"| before the {quiz} run | {r['autosaves']} | {r['autosaveErrors']} | {ms(r['autosaveP50'])} | {ms(r['autosaveP95'])} "
              f"| {r['autosaveSeconds']:.1f} s |")
    print(f"\nsetup (not measured): {setup_seconds:.0f} s; whole run: {report['totalSeconds']:.0f} s")
    failed = any(report[q]["submitErrors"] or report[q]["autosaveErrors"] or report[q]["problems"] for q in ("burst", "paced"))
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
