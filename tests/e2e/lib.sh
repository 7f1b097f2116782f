# Helpers shared by the end-to-end scripts: a checked step reports "PASS name" or "FAIL name"
# (test.sh counts those lines), and a server on a free loopback port that stops with the script.
passed=0
failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; failed=$((failed + 1)); }

# check NAME COMMAND...: passes when COMMAND succeeds.
check() {
  local name=$1; shift
  if "$@"; then pass "$name"; else fail "$name"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_server DATA_DIR: starts ironbark on 127.0.0.1, sets $port and $server_pid, waits (at most 120 s) for /healthz.
start_server() {
  port=$(free_port)
  "$IRONBARK" server --listen "127.0.0.1:$port" --data "$1" >"$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then return 0; fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "server did not become healthy; its log:" >&2
  cat "$1.log" >&2
  return 1
}

# stop_server: SIGTERM, then the server's exit status (0 for a clean stop).
stop_server() {
  local status=0
  if [[ -n "${server_pid:-}" ]]; then
    kill -TERM "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    status=$?
    server_pid=""
  fi
  return $status
}

summary() {
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}
