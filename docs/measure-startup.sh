#!/usr/bin/env bash
# Cold start of the packaged jar to /health UP, and resident memory once it is up.
# Usage: docs/measure-startup.sh [runs]   (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=18080
for i in $(seq 1 "$runs"); do
    data=$(mktemp -d)
    start=$(date +%s%N)
    ACADEMY_DATA_DIR="$data" ACADEMY_DEMO=true ACADEMY_DEMO_PASSWORD='measure start up' \
        java -jar target/rest-academy.jar --port "$port" > "$data/server.log" 2>&1 &
    pid=$!
    until curl -fs "http://localhost:$port/health" 2>/dev/null | grep -q '"UP"'; do
        sleep 0.2
        kill -0 "$pid" 2>/dev/null || { echo "the platform stopped; see $data/server.log"; exit 1; }
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 5
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    echo "run $i: health UP after ${ms} ms, resident memory $((rss / 1024)) MiB (5 s after UP)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
done
