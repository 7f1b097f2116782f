"""SimulatePrincipalPolicy and GetContextKeysForPrincipalPolicy through Debian's boto3.

Input (environment): IRONBARK_ENDPOINT (server root), IRONBARK_ACCOUNT_ID, AWS_ACCESS_KEY_ID /
AWS_SECRET_ACCESS_KEY (the account's admin) and AWS_DEFAULT_REGION.

Output: one JSON object on stdout with the parsed answers; no secrets are printed.
"""
import json
import os

import boto3
from botocore.config import Config

ENDPOINT = os.environ["IRONBARK_ENDPOINT"]
ACCOUNT = os.environ["IRONBARK_ACCOUNT_ID"]
CONFIG = Config(retries={"max_attempts": 1}, connect_timeout=10, read_timeout=20)
POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "Keys", "Effect": "Allow", "Action": "ec2:DescribeKeyPairs", "Resource": "*",
         "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}},
        {"Effect": "Deny", "Action": "ec2:DeleteKeyPair", "Resource": "*"},
    ],
}

iam = boto3.session.Session(region_name=os.environ["AWS_DEFAULT_REGION"]).client("iam", endpoint_url=ENDPOINT, config=CONFIG)
iam.create_user(UserName="simulated")
iam.put_user_policy(UserName="simulated", PolicyName="keys", PolicyDocument=json.dumps(POLICY, indent=2))
arn = f"arn:aws:iam::{ACCOUNT}:user/simulated"


def simulate(source_ip):
    answer = iam.simulate_principal_policy(
        PolicySourceArn=arn,
        ActionNames=["ec2:DescribeKeyPairs", "ec2:DeleteKeyPair", "ec2:CreateKeyPair"],
        ContextEntries=[{"ContextKeyName": "aws:SourceIp", "ContextKeyValues": [source_ip], "ContextKeyType": "ip"}],
    )
    return [
        {
            "action": r["EvalActionName"],
            "decision": r["EvalDecision"],
            "statements": [
                {"id": s.get("SourcePolicyId"), "type": s.get("SourcePolicyType"),
                 "start": [s["StartPosition"]["Line"], s["StartPosition"]["Column"]],
                 "end": [s["EndPosition"]["Line"], s["EndPosition"]["Column"]]}
                for s in r.get("MatchedStatements", [])
            ],
        }
        for r in answer["EvaluationResults"]
    ]


result = {
    "inside": simulate("10.1.2.3"),
    "outside": simulate("192.0.2.1"),
    "keys": iam.get_context_keys_for_principal_policy(PolicySourceArn=arn)["ContextKeyNames"],
}
print(json.dumps(result))
