namespace Ironbark.Identity.Operations;

/// <summary>AWS counts policy sizes without whitespace.</summary>
internal static class PolicySize
{
    public static int Of(string document) => document.Count(c => !char.IsWhiteSpace(c));
}
