#!/usr/bin/env bash
# Runs every Ironbark test suite: installs what the tests need when it is missing (Debian's AWS CLI v2
# and boto3 for the compatibility tests), builds once in Release, runs each xunit project and each
# end-to-end script. The last line sums every suite: "N passed, N failed".
set -uo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$root"
out="$root/.test-output"
rm -rf "$out" && mkdir -p "$out"

as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

# ---- what the tests need ----
missing=()
[[ -x /usr/bin/aws ]] || missing+=(awscli)
/usr/bin/python3 -c 'import boto3' 2>/dev/null || missing+=(python3-boto3)
command -v openssl >/dev/null || missing+=(openssl)
command -v ssh-keygen >/dev/null || missing+=(openssh-client)
command -v curl >/dev/null || missing+=(curl)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >"$out/apt.log" 2>&1 \
    || { cat "$out/apt.log"; echo "0 passed, 1 failed"; exit 1; }
fi

# ---- build once ----
echo "== build (Release)"
if ! dotnet build Ironbark.slnx -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary"; then
  echo "0 passed, 1 failed"
  exit 1
fi
touch "$root/src/Ironbark.Cli/bin/Release/.built"

passed=0
failed=0

# ---- xunit projects ----
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo -v quiet --logger "trx;LogFileName=$out/$name.trx" --logger "console;verbosity=minimal" \
    >"$out/$name.log" 2>&1
  status=$?
  counters="$(grep -o '<Counters [^>]*>' "$out/$name.trx" 2>/dev/null)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  # A project that ran no test at all is a failure too: a suite must never vanish quietly.
  if [[ -z "$p" || "$p" -eq 0 ]]; then p=${p:-0}; f=$(( ${f:-0} > 0 ? f : 1 )); fi
  # A run that failed without failing tests (crash, no tests run) still counts as a failure.
  if [[ $status -ne 0 && $f -eq 0 ]]; then f=1; fi
  echo "   $p passed, $f failed"
  [[ $f -eq 0 ]] || grep -E "^\s+(Failed|Error Message|\s+Assert)" -A3 "$out/$name.log" | head -60
  passed=$((passed + p))
  failed=$((failed + f))
done

# ---- end-to-end scripts ----
for script in tests/e2e/*.sh; do
  [[ "$(basename "$script")" == lib.sh ]] && continue
  name="$(basename "$script" .sh)"
  echo "== e2e $name"
  timeout 600 "$script" >"$out/e2e-$name.log" 2>&1
  status=$?
  p="$(grep -c '^PASS ' "$out/e2e-$name.log")"
  f="$(grep -c '^FAIL ' "$out/e2e-$name.log")"
  if [[ $status -ne 0 && $f -eq 0 ]]; then f=1; fi
  echo "   $p passed, $f failed"
  [[ $f -eq 0 ]] || grep -E '^FAIL' "$out/e2e-$name.log"
  passed=$((passed + p))
  failed=$((failed + f))
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
