"""The seed walkthrough and a few error shapes through Debian's boto3 (run with /usr/bin/python3).

Input (environment): IRONBARK_ENDPOINT (server root), IRONBARK_ACCOUNT_ID, IRONBARK_WORK (a private
folder), IRONBARK_PUBLIC_KEY (an OpenSSH public key line to import), AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the account's admin), AWS_REGION and
AWS_DEFAULT_REGION. Every client gets endpoint_url explicitly: this boto3 ignores AWS_ENDPOINT_URL.

Output: one JSON object on stdout with what each step observed. Secrets (secret keys, session tokens,
private keys) are never printed; the created private key is written to IRONBARK_WORK/devops-admin.pem
so the caller can check its fingerprint.
"""
import json
import os
import sys

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["IRONBARK_ENDPOINT"]
ACCOUNT = os.environ["IRONBARK_ACCOUNT_ID"]
WORK = os.environ["IRONBARK_WORK"]
REGION = os.environ["AWS_DEFAULT_REGION"]
ROLE = "devops-ec2-keypair-mgmt-role"
ROLE_ARN = f"arn:aws:iam::{ACCOUNT}:role/{ROLE}"
CONFIG = Config(retries={"max_attempts": 1}, connect_timeout=10, read_timeout=20)

result = {"boto3": boto3.__version__, "botocore": botocore.__version__}


def client(service, key_id, secret, token=None):
    return boto3.session.Session(
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
        aws_session_token=token,
        region_name=REGION,
    ).client(service, endpoint_url=ENDPOINT, config=CONFIG)


def error_of(call):
    """Runs a call that must fail and returns botocore's parsed error."""
    try:
        call()
    except ClientError as e:
        return {
            "Code": e.response["Error"].get("Code"),
            "Message": e.response["Error"].get("Message"),
            "Type": e.response["Error"].get("Type"),
            "HTTPStatusCode": e.response["ResponseMetadata"].get("HTTPStatusCode"),
            "HasRequestId": bool(e.response["ResponseMetadata"].get("RequestId")),
        }
    return {"Code": None, "Message": "the call succeeded"}


def main():
    admin_key = os.environ["AWS_ACCESS_KEY_ID"]
    admin_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    iam = client("iam", admin_key, admin_secret)
    ec2 = client("ec2", admin_key, admin_secret)

    created = ec2.create_key_pair(KeyName="devops-admin")
    pem = os.path.join(WORK, "devops-admin.pem")
    with open(os.open(pem, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        f.write(created["KeyMaterial"])
    result["created_key"] = {k: created.get(k) for k in ("KeyName", "KeyFingerprint", "KeyPairId")}

    result["user"] = iam.create_user(UserName="user01")["User"]["Arn"]
    access_key = iam.create_access_key(UserName="user01")["AccessKey"]
    user_key, user_secret = access_key["AccessKeyId"], access_key["SecretAccessKey"]
    result["user_key_prefix"] = user_key[:4]

    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}, "Action": "sts:AssumeRole"}]}
    role = iam.create_role(RoleName=ROLE, AssumeRolePolicyDocument=json.dumps(trust))["Role"]
    result["role"] = {"Arn": role["Arn"], "RoleId": role["RoleId"], "TrustPrincipal": role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["AWS"]}
    keypair_policy = {"Version": "2012-10-17", "Statement": [{"Sid": "Stmt1445362739663", "Action": ["ec2:CreateKeyPair", "ec2:DeleteKeyPair", "ec2:DescribeKeyPairs", "ec2:ImportKeyPair"], "Effect": "Allow", "Resource": "*"}]}
    iam.put_role_policy(RoleName=ROLE, PolicyName="ec2-keypair-actions", PolicyDocument=json.dumps(keypair_policy))
    result["role_policy_actions"] = iam.get_role_policy(RoleName=ROLE, PolicyName="ec2-keypair-actions")["PolicyDocument"]["Statement"][0]["Action"]
    iam.create_group(GroupName="Key-Managers")
    iam.add_user_to_group(GroupName="Key-Managers", UserName="user01")
    assume_policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": ROLE_ARN}]}
    iam.put_group_policy(GroupName="Key-Managers", PolicyName="keypair-mgmt-role-perm", PolicyDocument=json.dumps(assume_policy))
    result["group_members"] = [u["UserName"] for u in iam.get_group(GroupName="Key-Managers")["Users"]]

    user_ec2 = client("ec2", user_key, user_secret)
    result["denied_before"] = error_of(lambda: user_ec2.describe_key_pairs())

    assumed = client("sts", user_key, user_secret).assume_role(RoleArn=ROLE_ARN, RoleSessionName="boto3-session")
    creds = assumed["Credentials"]
    result["assumed"] = {
        "Arn": assumed["AssumedRoleUser"]["Arn"],
        "AssumedRoleId": assumed["AssumedRoleUser"]["AssumedRoleId"],
        "AccessKeyPrefix": creds["AccessKeyId"][:4],
        "HasSecret": bool(creds["SecretAccessKey"]),
        "HasToken": bool(creds["SessionToken"]),
        "Expiration": creds["Expiration"].isoformat(),
    }
    session_ec2 = client("ec2", creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    result["described"] = [
        {k: p.get(k) for k in ("KeyName", "KeyFingerprint", "KeyPairId")}
        for p in session_ec2.describe_key_pairs()["KeyPairs"]
    ]
    caller = client("sts", creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"]).get_caller_identity()
    result["caller"] = {k: caller[k] for k in ("UserId", "Account", "Arn")}
    result["denied_after"] = error_of(lambda: user_ec2.describe_key_pairs())

    # ImportKeyPair: botocore base64-encodes the blob it is given.
    imported = session_ec2.import_key_pair(KeyName="imported", PublicKeyMaterial=os.environ["IRONBARK_PUBLIC_KEY"].encode("ascii") + b"\n")
    result["imported"] = {k: imported.get(k) for k in ("KeyName", "KeyFingerprint", "KeyPairId")}
    result["imported_described"] = [p.get("KeyFingerprint") for p in session_ec2.describe_key_pairs(KeyNames=["imported"])["KeyPairs"]]

    # Error shapes as botocore parses them.
    result["errors"] = {
        "NoSuchEntity": error_of(lambda: iam.get_user(UserName="nobody")),
        "EntityAlreadyExists": error_of(lambda: iam.create_user(UserName="user01")),
        "MalformedPolicyDocument": error_of(lambda: iam.put_user_policy(UserName="user01", PolicyName="broken", PolicyDocument="{not json")),
        "SignatureDoesNotMatch": error_of(lambda: client("iam", admin_key, admin_secret + "x").list_users()),
        "AuthFailure": error_of(lambda: client("ec2", admin_key, admin_secret + "x").describe_key_pairs()),
    }


try:
    main()
except ClientError as e:
    result["unexpected_error"] = {"Code": e.response["Error"].get("Code"), "Message": e.response["Error"].get("Message"), "Operation": e.operation_name}
except Exception as e:  # noqa: BLE001 - reported to the C# test, never hidden
    result["unexpected_error"] = {"Code": type(e).__name__, "Message": str(e)}
json.dump(result, sys.stdout, indent=1)
sys.exit(1 if "unexpected_error" in result else 0)
