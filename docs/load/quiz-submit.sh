#!/usr/bin/env bash
# Quiz submissions under load (docs/measurements.md, "Quiz submissions under load").
# Starts the packaged platform (target/rest-academy.jar; build it with mvn -B package -DskipTests) on a
# fresh embedded H2 database in a temporary folder, publishes docs/load/bundles/load-test through the
# API, and runs docs/load/quiz_load.py: N participants (default 500) with a token each (setup, not
# measured), each starts an attempt and saves ten answers (measured), all N submit at once (measured),
# then the same work on a second quiz with 8 clients submitting one after the other; every attempt is
# checked through the API, and after the server stops, in the database itself.
# Usage: docs/load/quiz-submit.sh [learners]     Port: ACADEMY_LOAD_PORT (default: a free one).
# Needs: JDK 17, python3, curl. Writes target/quiz-load.json and target/quiz-load-server.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
learners="${1:-500}"
. docs/load/platform.sh
start_platform quiz-load

(cd docs/load/bundles/load-test/1.0.0 && python3 -c '
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    for folder, _, files in os.walk("."):
        for name in files:
            z.write(os.path.join(folder, name), os.path.relpath(os.path.join(folder, name), "."))' "$work/load-test.zip")
status=$(curl -s -o "$work/upload.json" -w '%{http_code}' -H "Authorization: Bearer $admin_token" \
    -H 'Content-Type: application/zip' --data-binary "@$work/load-test.zip" "http://127.0.0.1:$port/api/v1/bundles?name=load-test.zip")
[ "$status" = 201 ] || { echo "publishing the load-test bundle: $status $(cat "$work/upload.json")"; exit 1; }

set +e
python3 docs/load/quiz_load.py --base "http://127.0.0.1:$port" --admin-token "$admin_token" --learners "$learners" \
    --out target/quiz-load.json
result=$?
set -e
stop_server

# The database itself: one row per learner and quiz, each submitted, written once, with the expected scores.
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
if [ -n "$h2" ]; then
    echo "database (expected per quiz: $learners attempts, score sum $(python3 -c "import json; print(json.load(open('target/quiz-load.json'))['expectedScoreSum'])")):"
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/academy" -user academy -password '' -sql \
        "select quiz_id, count(*) as attempts, count(submitted_at) as submitted, sum(score) as score_sum, min(version) as min_version, max(version) as max_version, sum(case when score is null then 1 else 0 end) as ungraded, (select count(*) from attempt_answer a where a.attempt_id in (select id from quiz_attempt q2 where q2.quiz_id = q.quiz_id)) as answers from quiz_attempt q group by quiz_id order by quiz_id"
else
    echo "(H2 2.2.224 is not in the local Maven repository: skipped the database check)"
fi
exit "$result"
