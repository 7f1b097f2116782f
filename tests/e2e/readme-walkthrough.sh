#!/usr/bin/env bash
# Runs the README's walkthrough exactly as a newcomer would paste it (its ```sh blocks after the server
# is started), in an empty HOME, against a server on a free port, and checks what it prints.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
IRONBARK="$root/ironbark"
source "$here/lib.sh"

work="$(mktemp -d)"
trap 'stop_server; rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/cwd"
"$IRONBARK" install-links "$work/prebuild" >/dev/null || fail "build"
start_server "$work/ironbark-demo" || { fail "server starts"; summary; exit 1; }

# The README's blocks from "In another" on; its port and data folder become this run's.
python3 - "$root/README.md" "$port" "$work" >"$work/steps.sh" <<'PY'
import os, re, sys
readme, port, work = sys.argv[1:4]
text = open(readme).read()
text = text[text.index("In another, install"):]
blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
print("cd " + os.path.dirname(readme))
for i, block in enumerate(blocks):
    print(block.replace("8773", port).replace("/tmp/ironbark-demo", f"{work}/ironbark-demo"))
    if i == 0:
        print(f"cd {work}/cwd")
PY
[[ -s "$work/steps.sh" ]] && pass "README has the walkthrough blocks" || fail "README has the walkthrough blocks"

out="$(env -i HOME="$work/home" PATH="/usr/local/bin:/usr/bin:/bin:$(dirname "$(command -v dotnet)")" SHELL=/bin/bash bash "$work/steps.sh" 2>&1)"
grep -q "euca-describe-keypairs: error (UnauthorizedOperation)" <<<"$out" && pass "user01 alone is denied" || fail "user01 alone is denied" "$(grep -E "error" <<<"$out" | head -3)"
[[ $(grep -c "^KEYPAIR	devops-admin	" <<<"$out") -eq 2 ]] && pass "the key pair is created, and in the role user01 lists it" || fail "the key pair is created, and in the role user01 lists it" "$(grep -E "error" <<<"$out" | head -3)"
grep -q "error (" <<<"$(grep -v 'UnauthorizedOperation' <<<"$out")" && fail "no other step failed" "$(grep -E "error" <<<"$out" | head -3)" || pass "no other step failed"
summary
