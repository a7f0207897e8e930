namespace CustomerIO.Tests.Conventions;

/// <summary>Design rule 4: one root, <see cref="CustomerIOException"/>.</summary>
public sealed class ExceptionConventions
{
    internal const string Rule = "Public exception types must derive from CustomerIOException";

    [Fact]
    public void Every_public_exception_derives_from_CustomerIOException()
    {
        Sdk.AssertNone(Rule, Violations(Sdk.PublicTypes));
    }

    [Fact]
    public void The_rule_sees_the_sdks_exceptions()
    {
        var exceptions = Sdk.PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.Contains(typeof(CustomerIOValidationException), exceptions);
        Assert.Contains(typeof(CustomerIORateLimitException), exceptions);
        Assert.Contains(typeof(CustomerIOTimeoutException), exceptions);
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> types) =>
        types.Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(CustomerIOException).IsAssignableFrom(t))
            .Select(t => $"{Sdk.Name(t)} derives from {Sdk.Name(t.BaseType!)}");
}
