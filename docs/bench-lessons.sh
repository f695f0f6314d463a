#!/usr/bin/env bash
# Lesson-page throughput: the packaged platform serving a lesson to a signed-in learner, against
# nginx serving the same HTML as a static file on the same machine. Needs wrk and nginx
# (Debian: apt-get install wrk nginx) and a built jar (mvn -B package -DskipTests).
# Usage: docs/bench-lessons.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-32}"
port=18090
nginx_port=18091
work=$(mktemp -d)
trap 'kill $(cat "$work/pid") 2>/dev/null || true; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

ACADEMY_DATA_DIR="$work/data" ACADEMY_DEMO=true ACADEMY_DEMO_PASSWORD='benchmark the reader' \
    java -jar target/rest-academy.jar --port "$port" > "$work/server.log" 2>&1 &
echo $! > "$work/pid"
until curl -fs "http://localhost:$port/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done

# Sign in as a demo participant (the session cookie is Secure: curl keeps it for localhost only when told).
login=$(curl -s -c "$work/cookies" "http://localhost:$port/login.xhtml")
sed -i 's/^#HttpOnly_//' "$work/cookies"
view_state=$(echo "$login" | grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' | head -1 | sed 's/.*value="//;s/"$//')
nonce=$(echo "$login" | grep -oE "PrimeFaces.csp.init\('[^']+" | sed "s/.*('//")
curl -s -o /dev/null -b "$work/cookies" -c "$work/cookies" \
    --data-urlencode "login=login" --data-urlencode "login:email=participant1.at@example.org" \
    --data-urlencode "login:password=benchmark the reader" --data-urlencode "login:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" --data-urlencode "primefaces.nonce=$nonce" \
    "http://localhost:$port/login.xhtml"
sed -i 's/^#HttpOnly_//' "$work/cookies"
session=$(awk '$6 == "ACADEMY_SESSION" {print $7}' "$work/cookies")
lesson="http://localhost:$port/learn/lesson.xhtml?module=essentials-identification&lesson=identification"
curl -s -H "Cookie: ACADEMY_SESSION=$session" "$lesson" > "$work/lesson.html"
grep -q 'article class="lesson"' "$work/lesson.html" || { echo "could not fetch the lesson as a signed-in learner"; exit 1; }

mkdir -p "$work/www"
cp "$work/lesson.html" "$work/www/lesson.html"
chmod a+x "$work"; chmod -R a+rX "$work/www"   # nginx workers run as another user
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -c "$work/nginx.conf"

echo "warm-up (10 s) ..."
wrk -t2 -c"$connections" -d10s -H "Cookie: ACADEMY_SESSION=$session" "$lesson" > /dev/null
echo "== REST Academy lesson page (signed in, stateless view) =="
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Cookie: ACADEMY_SESSION=$session" "$lesson" | tee "$work/app.txt"
echo "== nginx, same HTML as a static file =="
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$nginx_port/lesson.html" | tee "$work/nginx.txt"
app=$(awk '/Requests\/sec/ {print $2}' "$work/app.txt")
static=$(awk '/Requests\/sec/ {print $2}' "$work/nginx.txt")
echo "lesson page: $app req/s; nginx: $static req/s; ratio: $(awk -v a="$app" -v s="$static" 'BEGIN {printf "%.1f %%", 100 * a / s}')"
