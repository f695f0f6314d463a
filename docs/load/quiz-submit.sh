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
port="${ACADEMY_LOAD_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
admin_token="ra_load-test-admin-token-$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
work=$(mktemp -d)
server=""

stop_server() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill "$server"
        for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$server" 2>/dev/null || true
    fi
    server=""
}
trap 'stop_server; cp "$work/server.log" target/quiz-load-server.log 2>/dev/null || true; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

[ -f target/rest-academy.jar ] || { echo "target/rest-academy.jar is missing: mvn -B package -DskipTests"; exit 1; }
mkdir -p "$work/data" "$work/content"
ACADEMY_DATA_DIR="$work/data" ACADEMY_DB_URL="jdbc:h2:file:$work/data/academy;DB_CLOSE_ON_EXIT=FALSE" \
    ACADEMY_CONTENT_DIR="$work/content" ACADEMY_ADMIN_EMAIL=admin@load.example.org \
    ACADEMY_ADMIN_PASSWORD="Harbour lantern $(python3 -c 'import secrets; print(secrets.token_hex(8))')" \
    ACADEMY_ADMIN_TOKEN="$admin_token" \
    java -jar target/rest-academy.jar --port "$port" > "$work/server.log" 2>&1 &
server=$!
echo "platform starting on port $port (pid $server) ..."
for _ in $(seq 480); do
    curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"' && break
    if ! kill -0 "$server" 2>/dev/null || grep -qs "Exception while loading the app" "$work/server.log"; then
        echo "the platform did not start; see target/quiz-load-server.log:"; grep -m3 "Caused by" "$work/server.log" || true; exit 1
    fi
    sleep 0.5
done
curl -fs "http://127.0.0.1:$port/health" | grep -q '"UP"' || { echo "the platform did not start in 240 s"; exit 1; }

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
