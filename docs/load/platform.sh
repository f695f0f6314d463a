# Shared by the load scripts: starts target/rest-academy.jar on a fresh embedded H2 database in a
# temporary folder ($work) with a random admin token ($admin_token) on $port, and stops it on exit,
# keeping its log as target/<name>-server.log. Source it after "cd" to the repository root:
#   . docs/load/platform.sh; start_platform <name>
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

start_platform() {
    local log="target/$1-server.log"
    trap 'stop_server; cp "$work/server.log" '"$log"' 2>/dev/null || true; rm -rf "$work"' EXIT
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
        curl -fs "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"' && return 0
        if ! kill -0 "$server" 2>/dev/null || grep -qs "Exception while loading the app" "$work/server.log"; then
            echo "the platform did not start; see $log:"; grep -m3 "Caused by" "$work/server.log" || true; exit 1
        fi
        sleep 0.5
    done
    echo "the platform did not start in 240 s"; exit 1
}
