"""Key pairs through Debian's boto3: ed25519 and ppk creation, tags, filters, tag calls, DryRun, regions.

Input (environment): IRONBARK_ENDPOINT (server root), IRONBARK_WORK (a private folder),
AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (the account's admin) and AWS_DEFAULT_REGION.

Output: one JSON object on stdout. Private keys are never printed: the ed25519 key is written to
IRONBARK_WORK/boto3-ed.key (mode 0600) so the caller can fingerprint it with ssh-keygen.
"""
import json
import os

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

WORK = os.environ["IRONBARK_WORK"]
ec2 = boto3.session.Session(region_name=os.environ["AWS_DEFAULT_REGION"]).client(
    "ec2", endpoint_url=os.environ["IRONBARK_ENDPOINT"], config=Config(retries={"max_attempts": 1}))
result = {}

try:
    created = ec2.create_key_pair(
        KeyName="boto3-ed", KeyType="ed25519",
        TagSpecifications=[{"ResourceType": "key-pair", "Tags": [{"Key": "env", "Value": "boto3"}]}])
    path = os.path.join(WORK, "boto3-ed.key")
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as key_file:
        key_file.write(created["KeyMaterial"])
    result["created"] = {"KeyFingerprint": created["KeyFingerprint"], "KeyPairId": created["KeyPairId"],
                         "Tags": sorted(f'{t["Key"]}={t["Value"]}' for t in created.get("Tags", []))}

    ppk = ec2.create_key_pair(KeyName="boto3-ppk", KeyType="ed25519", KeyFormat="ppk")
    result["ppk_header"] = ppk["KeyMaterial"].split("\n")[0]

    by_tag = ec2.describe_key_pairs(Filters=[{"Name": "tag:env", "Values": ["boto3"]}])["KeyPairs"]
    result["by_tag"] = [f'{k["KeyName"]}:{k["KeyType"]}' for k in by_tag]
    by_tag_key = ec2.describe_key_pairs(Filters=[{"Name": "tag-key", "Values": ["e*"]}])["KeyPairs"]
    result["by_tag_key"] = [k["KeyName"] for k in by_tag_key]

    ec2.create_tags(Resources=[ppk["KeyPairId"]], Tags=[{"Key": "team", "Value": "py"}])
    tags = ec2.describe_tags(Filters=[{"Name": "resource-type", "Values": ["key-pair"]}])["Tags"]
    result["tags"] = sorted(f'{t["ResourceId"] == ppk["KeyPairId"]}:{t["Key"]}={t["Value"]}' for t in tags)
    ec2.delete_tags(Resources=[ppk["KeyPairId"]], Tags=[{"Key": "team"}])
    result["tags_after_delete"] = len(ec2.describe_tags()["Tags"])

    try:
        ec2.create_key_pair(KeyName="boto3-dry", DryRun=True)
        result["dry_run"] = "no error"
    except ClientError as e:
        result["dry_run"] = f'{e.response["Error"]["Code"]}:{e.response["ResponseMetadata"]["HTTPStatusCode"]}'

    try:
        ec2.create_tags(Resources=["key-00000000000000000"], Tags=[{"Key": "k", "Value": "v"}])
        result["missing_id"] = "no error"
    except ClientError as e:
        result["missing_id"] = e.response["Error"]["Code"]

    result["regions"] = [r["RegionName"] for r in ec2.describe_regions()["Regions"]]
    result["zones"] = [z["ZoneName"] for z in ec2.describe_availability_zones()["AvailabilityZones"]]
except Exception as e:  # reported to the caller, which fails the test with it
    result["unexpected_error"] = f"{type(e).__name__}: {e}"

print(json.dumps(result))
