"""Write burst and verification for crash-durability.sh.

burst:  creates accounts and users as fast as it can, appending each one to the ack file (fsync'd)
        only after the server answered 200; stops at the first failure (the server was killed).
verify: checks that every acknowledged account and user exists, and that every account of the run,
        acknowledged or not, is whole: it has its admin user and the admin's policy.
Requests are signed with botocore's SigV4 (the pyenv or Debian boto3 both carry it).
"""
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def call(endpoint, creds, params):
    body = urllib.parse.urlencode({"Version": "2010-05-08", **params})
    request = AWSRequest(method="POST", url=endpoint + "/services/Euare/", data=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    SigV4Auth(creds, "iam", "local").add_auth(request)
    prepared = request.prepare()
    http = urllib.request.Request(prepared.url, data=body.encode(), headers=dict(prepared.headers), method="POST")
    try:
        with urllib.request.urlopen(http, timeout=5) as response:
            return response.status, ET.fromstring(response.read())
    except urllib.error.HTTPError as error:
        return error.code, ET.fromstring(error.read())


def values(tree, name):
    return [e.text for e in tree.iter() if e.tag.split("}")[-1] == name]


def burst(endpoint, creds, prefix, ack_path, limit, seconds):
    deadline = time.monotonic() + seconds
    with open(ack_path, "a") as ack:
        for i in range(limit):
            if time.monotonic() > deadline:
                return
            kind, params = (("account", {"Action": "CreateAccount", "AccountName": f"{prefix}-a{i}"}) if i % 2 == 0
                            else ("user", {"Action": "CreateUser", "UserName": f"{prefix}-u{i}"}))
            try:
                status, _ = call(endpoint, creds, params)
            except (OSError, ET.ParseError):
                return
            if status != 200:
                print(f"unexpected status {status} for {kind} {i}", file=sys.stderr)
                return
            ack.write(f"{kind} {list(params.values())[1]}\n")
            ack.flush()
            os.fsync(ack.fileno())


def verify(endpoint, creds, prefix, ack_path):
    acked = [line.split() for line in open(ack_path) if line.strip()]
    _, accounts_xml = call(endpoint, creds, {"Action": "ListAccounts", "MaxItems": "1000"})
    accounts = set(values(accounts_xml, "AccountName"))
    _, users_xml = call(endpoint, creds, {"Action": "ListUsers", "MaxItems": "1000"})
    users = set(values(users_xml, "UserName"))
    problems = [f"acknowledged {kind} {name} is missing" for kind, name in acked
                if name not in (accounts if kind == "account" else users)]
    for account in sorted(a for a in accounts if a.startswith(prefix + "-")):
        status, tree = call(endpoint, creds, {"Action": "ListUserPolicies", "UserName": "admin", "DelegateAccount": account})
        if status != 200 or "AdministratorAccess" not in values(tree, "member"):
            problems.append(f"account {account} is half-written (admin user or policy missing)")
    for problem in problems:
        print(problem)
    print(f"{len(acked)} acknowledged, {len(accounts)} accounts, {len(users)} users, {len(problems)} problems")
    return 1 if problems else 0


def main():
    mode, endpoint, key, secret, prefix, ack_path = sys.argv[1:7]
    creds = Credentials(key, secret)
    if mode == "burst":
        burst(endpoint, creds, prefix, ack_path, int(sys.argv[7]), float(sys.argv[8]))
        return 0
    return verify(endpoint, creds, prefix, ack_path)


if __name__ == "__main__":
    sys.exit(main())
