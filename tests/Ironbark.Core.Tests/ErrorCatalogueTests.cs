using Ironbark.Core.Errors;

namespace Ironbark.Core.Tests;

public sealed class ErrorCatalogueTests
{
    [Fact]
    public void Authentication_errors_carry_aws_codes_statuses_and_texts()
    {
        Assert.Equal(("MissingAuthenticationToken", 403, "Request is missing Authentication Token"), Parts(ErrorCatalogue.MissingAuthenticationToken()));
        Assert.Equal(("InvalidClientTokenId", 403, "The security token included in the request is invalid."), Parts(ErrorCatalogue.InvalidClientTokenId()));
        Assert.Equal(("AuthFailure", 401, "AWS was not able to validate the provided access credentials"), Parts(ErrorCatalogue.AuthFailure()));
        Assert.Equal("SignatureDoesNotMatch", ErrorCatalogue.SignatureDoesNotMatch().Code);
    }

    [Fact]
    public void Entity_errors_have_iam_statuses()
    {
        Assert.Equal(404, ErrorCatalogue.NoSuchEntity("x").HttpStatus);
        Assert.Equal(409, ErrorCatalogue.EntityAlreadyExists("x").HttpStatus);
        Assert.Equal(409, ErrorCatalogue.DeleteConflict("x").HttpStatus);
        Assert.Equal(409, ErrorCatalogue.LimitExceeded("x").HttpStatus);
        Assert.Equal(400, ErrorCatalogue.MalformedPolicyDocument("x").HttpStatus);
    }

    [Fact]
    public void Ec2_texts_match_ec2()
    {
        Assert.Equal("The keypair 'k' already exists.", ErrorCatalogue.KeyPairDuplicate("k").Message);
        Assert.Equal("The key pair 'k' does not exist", ErrorCatalogue.KeyPairNotFound("k").Message);
        Assert.Equal("The key pairs 'a, b' do not exist", ErrorCatalogue.KeyPairsNotFound(["a", "b"]).Message);
        Assert.Equal(("DryRunOperation", 412, "Request would have succeeded, but DryRun flag is set."), Parts(ErrorCatalogue.DryRunOperation()));
    }

    [Fact]
    public void Server_faults_are_receiver_errors()
    {
        Assert.Equal(ErrorFault.Receiver, ErrorCatalogue.InternalFailure().Fault);
        Assert.Equal(ErrorFault.Receiver, ErrorCatalogue.NotImplemented("X").Fault);
        Assert.Equal(501, ErrorCatalogue.NotImplemented("X").HttpStatus);
    }

    private static (string, int, string) Parts(AwsError e) => (e.Code, e.HttpStatus, e.Message);
}
