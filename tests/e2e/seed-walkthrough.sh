#!/usr/bin/env bash
# The seed document (shared/seed/assume-a-role.txt) run as written against a real server, with ASCII
# quotes and the real account number: user01 is denied DescribeKeyPairs, assumes the key-pair role and
# sees the devops-admin key pair, then releases the role and is denied again.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
IRONBARK="$root/ironbark"
source "$here/lib.sh"

work="$(mktemp -d)"
made_links=()
cleanup() {
  stop_server
  for link in "${made_links[@]}"; do rm -f "$link"; done
  rm -rf "$work"
}
trap cleanup EXIT

# A clean euca2ools environment: only our config files, no credentials from the caller's shell.
unset AWS_ACCESS_KEY_ID AWS_ACCESS_KEY AWS_SECRET_ACCESS_KEY AWS_SECRET_KEY AWS_SECURITY_TOKEN AWS_SESSION_TOKEN \
      AWS_CREDENTIAL_EXPIRATION AWS_CREDENTIAL_FILE EC2_USER_ID EUCA_DEFAULT_REGION AWS_DEFAULT_REGION \
      EC2_URL AWS_IAM_URL TOKEN_URL
export SHELL=/bin/bash
mkdir -p "$work/euca" "$work/bin"
export EUCA_CONFIG_PATH="$work/euca/*.ini"

# install-links first: it builds the CLI when stale, so the server's start is not raced by a build.
"$IRONBARK" install-links "$work/bin" >/dev/null && pass "install-links" || fail "install-links"
start_server "$work/data" || { fail "server starts"; summary; exit 1; }
pass "server starts"
export PATH="$work/bin:$PATH"

# The seed calls /usr/bin/euare-assumerole and /usr/bin/euare-releaserole by absolute path.
for cmd in euare-assumerole euare-releaserole; do
  if [[ ! -e "/usr/bin/$cmd" ]]; then
    ln -s "$work/bin/$cmd" "/usr/bin/$cmd" && made_links+=("/usr/bin/$cmd")
  fi
  target="$(readlink -f "/usr/bin/$cmd" 2>/dev/null)"
  if [[ "$(basename "$target")" == "ironbark" ]]; then pass "/usr/bin/$cmd is ironbark's"
  else fail "/usr/bin/$cmd is ironbark's" "it resolves to '$target'; the seed runs it by that path"; fi
done

cp "$work/data/eucalyptus-admin.ini" "$work/euca/00-eucalyptus-admin.ini"
url="http://127.0.0.1:$port"
cat >"$work/euca/10-future.ini" <<INI
[region future]
ec2-url = $url/services/compute/
iam-url = $url/services/Euare/
sts-url = $url/services/Tokens/
user = devops-user01
INI

# Set-up with the CLI: the devops account and its admin key, user01 with a key, the devops-admin key pair.
created="$(euare-accountcreate -k devops --region eucalyptus-admin@local)" || fail "euare-accountcreate -k devops"
account_id="$(sed -n 1p <<<"$created" | cut -f2)"
[[ "$account_id" =~ ^[0-9]{12}$ ]] && pass "devops account created ($account_id)" || fail "devops account created" "first line: $(sed -n 1p <<<"$created")"
cat >"$work/euca/20-devops-admin.ini" <<INI
[user devops-admin]
key-id = $(sed -n 2p <<<"$created")
secret-key = $(sed -n 3p <<<"$created")
account-id = $account_id
INI

user01="$(euare-usercreate -k user01 --region devops-admin@future)" || fail "euare-usercreate -k user01"
cat >"$work/euca/30-devops-user01.ini" <<INI
[user devops-user01]
key-id = $(sed -n 1p <<<"$user01")
secret-key = $(sed -n 2p <<<"$user01")
account-id = $account_id
INI

keypair_line="$(euca-create-keypair -f "$work/devops-admin.pem" devops-admin --region devops-admin@future)"
fingerprint="$(cut -f3 <<<"$keypair_line")"
[[ "$keypair_line" == "KEYPAIR	devops-admin	"* ]] && pass "euca-create-keypair devops-admin" || fail "euca-create-keypair devops-admin" "$keypair_line"
expected_fp="$(openssl pkcs8 -topk8 -nocrypt -in "$work/devops-admin.pem" -outform DER | openssl sha1 -c | awk '{print $NF}')"
[[ "$fingerprint" == "$expected_fp" ]] && pass "fingerprint is SHA-1 of the PKCS#8 key" || fail "fingerprint is SHA-1 of the PKCS#8 key" "$fingerprint vs $expected_fp"
[[ "$(stat -c %a "$work/devops-admin.pem")" == "600" ]] && pass "key material written 0600" || fail "key material written 0600"

cd "$work"
# ---- the seed, command by command ----
cat >devops-role-trustpolicy.json <<JSON
{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::$account_id:root"}, "Action": "sts:AssumeRole" }] }
JSON
check "euare-rolecreate" euare-rolecreate -f devops-role-trustpolicy.json devops-ec2-keypair-mgmt-role --region devops-admin@future

cat >keypair-mgmt-policy.json <<'JSON'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Stmt1445362739663",
      "Action": [
        "ec2:CreateKeyPair",
        "ec2:DeleteKeyPair",
        "ec2:DescribeKeyPairs",
        "ec2:ImportKeyPair"
      ],
      "Effect": "Allow",
      "Resource": "*"
    }
  ]
}
JSON
check "euare-roleuploadpolicy" euare-roleuploadpolicy --policy-name ec2-keypair-actions --policy-document keypair-mgmt-policy.json devops-ec2-keypair-mgmt-role --region devops-admin@future
check "euare-groupcreate" euare-groupcreate -g Key-Managers --region devops-admin@future
check "euare-groupadduser" euare-groupadduser -u user01 -g Key-Managers --region devops-admin@future
cat >devops-keypair-mgmt-assume-role-policy.json <<JSON
{
 "Version": "2012-10-17",
 "Statement": [{
 "Effect": "Allow",
 "Action": "sts:AssumeRole",
 "Resource": "arn:aws:iam::$account_id:role/devops-ec2-keypair-mgmt-role"
 }]
}
JSON
check "euare-groupuploadpolicy" euare-groupuploadpolicy -p keypair-mgmt-role-perm -f devops-keypair-mgmt-assume-role-policy.json Key-Managers --region devops-admin@future

denied() {
  local out
  out="$(euca-describe-keypairs --region @future 2>&1)"
  local status=$?
  [[ $status -eq 1 && "$out" == *"error (UnauthorizedOperation)"* ]] || { echo "  got exit $status: $out"; return 1; }
}
check "user01 is denied DescribeKeyPairs before assuming the role" denied

eval `/usr/bin/euare-assumerole devops-ec2-keypair-mgmt-role --region devops-user01@future`
[[ "${AWS_ACCESS_KEY_ID:-}" == ASIA* && -n "${AWS_SECURITY_TOKEN:-}" && "${EC2_USER_ID:-}" == "$account_id" ]] \
  && pass "euare-assumerole exports temporary credentials" || fail "euare-assumerole exports temporary credentials"
whoami="$(euare-getcallerid --region @future)"
[[ "$whoami" == *"arn = arn:aws:sts::$account_id:assumed-role/devops-ec2-keypair-mgmt-role/"* ]] \
  && pass "euare-getcallerid shows the role session" || fail "euare-getcallerid shows the role session" "$whoami"
listing="$(euca-describe-keypairs --region @future)"
[[ "$listing" == "KEYPAIR	devops-admin	$fingerprint" ]] && pass "the role sees KEYPAIR devops-admin <fingerprint>" \
  || fail "the role sees KEYPAIR devops-admin <fingerprint>" "$listing"

eval `/usr/bin/euare-releaserole --region devops-user01@future`
[[ -z "${AWS_ACCESS_KEY_ID:-}" && -z "${AWS_SECURITY_TOKEN:-}" ]] && pass "euare-releaserole unsets the credentials" || fail "euare-releaserole unsets the credentials"
check "user01 is denied DescribeKeyPairs after releasing the role" denied

stop_server && grep -q '^ironbark: stopped' "$work/data.log" && pass "server stops cleanly on SIGTERM" || fail "server stops cleanly on SIGTERM"
summary
