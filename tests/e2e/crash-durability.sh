#!/usr/bin/env bash
# Kills the server with SIGKILL again and again during a burst of writes, restarts it on the same data
# each time, and checks that no acknowledged write is missing and no account is half-written.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
IRONBARK="$root/ironbark"
source "$here/lib.sh"

work="$(mktemp -d)"
trap 'stop_server; rm -rf "$work"' EXIT
python=/usr/bin/python3
"$python" -c 'import botocore' 2>/dev/null || python=python3

"$IRONBARK" install-links "$work/bin" >/dev/null || fail "build"
ack="$work/acknowledged"
touch "$ack"
cycles=5
for cycle in $(seq 1 $cycles); do
  start_server "$work/data" || { fail "cycle $cycle: server restarts after SIGKILL"; break; }
  [[ $cycle -gt 1 ]] && pass "cycle $cycle: server restarts after SIGKILL without repair"
  key="$(sed -n 's/^key-id = //p' "$work/data/eucalyptus-admin.ini")"
  secret="$(sed -n 's/^secret-key = //p' "$work/data/eucalyptus-admin.ini")"
  endpoint="http://127.0.0.1:$port"
  if [[ $cycle -gt 1 ]]; then
    check "cycle $cycle: every acknowledged write survived, nothing half-written" \
      "$python" "$here/tools/durability.py" verify "$endpoint" "$key" "$secret" run "$ack"
  fi
  "$python" "$here/tools/durability.py" burst "$endpoint" "$key" "$secret" "run-c$cycle" "$ack" 100000 20 2>"$work/burst.err" &
  writer=$!
  # Kill at a different moment of the burst each cycle (0.6 s to 2.2 s in).
  sleep "$(awk -v c="$cycle" 'BEGIN { printf "%.1f", 0.2 + 0.4 * c }')"
  kill -KILL "$server_pid"
  wait "$server_pid" 2>/dev/null
  server_pid=""
  wait "$writer"
done

start_server "$work/data" && pass "final restart after SIGKILL" || fail "final restart after SIGKILL"
key="$(sed -n 's/^key-id = //p' "$work/data/eucalyptus-admin.ini")"
secret="$(sed -n 's/^secret-key = //p' "$work/data/eucalyptus-admin.ini")"
check "final: every acknowledged write survived, nothing half-written" \
  "$python" "$here/tools/durability.py" verify "http://127.0.0.1:$port" "$key" "$secret" run "$ack"
acked=$(wc -l <"$ack")
[[ $acked -ge 20 ]] && pass "the bursts wrote ($acked acknowledged writes)" || fail "the bursts wrote" "only $acked acknowledged writes; $(cat "$work/burst.err")"
summary
