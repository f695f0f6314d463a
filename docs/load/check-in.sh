#!/usr/bin/env bash
# QR check-in under load (docs/measurements.md, "Check-in under load").
# Starts the packaged platform (target/rest-academy.jar; build it with mvn -B package -DskipTests) on a
# fresh embedded H2 database in a temporary folder and runs docs/load/check_in_load.py: N participants
# (default 1,500) with an account, a token and a seat at one seminar (setup through the API, not
# measured), then all of them check in to its session within 60 seconds, 10 % scanning twice (half of
# those with both requests at once), with the code the trainer's screen shows. After the server stops,
# the database itself is counted: one mark and one audit row per participant.
# Usage: docs/load/check-in.sh [participants]     Port: ACADEMY_LOAD_PORT (default: a free one).
# Needs: JDK 17, python3 (3.9 or later), curl. Writes target/check-in-load.json and target/check-in-load-server.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
participants="${1:-1500}"
. docs/load/platform.sh
start_platform check-in-load

set +e
python3 docs/load/check_in_load.py --base "http://127.0.0.1:$port" --admin-token "$admin_token" --participants "$participants" \
    --out target/check-in-load.json
result=$?
set -e
stop_server

# The database itself: one mark and one audit row per participant, none twice.
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar 2>/dev/null || true)
if [ -n "$h2" ] && [ -f target/check-in-load.json ]; then
    session=$(python3 -c "import json; print(json.load(open('target/check-in-load.json'))['session'])")
    echo "database (expected: $participants marks of $participants participants, $participants audit rows, 0 duplicates):"
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/academy" -user academy -password '' -sql \
        "select (select count(*) from attendance_mark where session_id = $session) as marks, (select count(distinct account_id) from attendance_mark where session_id = $session) as participants, (select count(*) from attendance_change where session_id = $session) as audit_rows, (select count(*) from (select account_id from attendance_mark where session_id = $session group by account_id having count(*) > 1)) as duplicates"
else
    echo "(H2 2.2.224 is not in the local Maven repository: skipped the database check)"
fi
exit "$result"
