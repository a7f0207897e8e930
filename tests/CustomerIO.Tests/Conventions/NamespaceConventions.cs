using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>The public surface lives under <c>CustomerIO</c> and never exposes wire or DTO types.</summary>
public sealed class NamespaceConventions
{
    internal const string Rule = "Public types must be in CustomerIO or below, outside any Wire namespace, and not named *Dto* or *Wire*";

    [Fact]
    public void Every_public_type_is_under_CustomerIO_and_none_is_a_wire_type()
    {
        Sdk.AssertNone(Rule, Violations(Sdk.PublicTypes));
    }

    [Fact]
    public void The_sdk_has_public_types_and_wire_types_stay_internal()
    {
        Assert.Contains(typeof(TrackClient), Sdk.PublicTypes);
        var wireTypes = Sdk.AllTypes.Where(t => t.Namespace is { } ns && ns.EndsWith(".Wire", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(wireTypes);
        Assert.All(wireTypes, t => Assert.False(t.IsVisible, $"{t.FullName} is public"));
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            if (!Sdk.InCustomerIONamespace(type))
            {
                yield return $"{Sdk.Name(type)}: namespace '{type.Namespace ?? "(global)"}' is not CustomerIO or below";
            }
            else if (type.Namespace!.Split('.').Contains("Wire"))
            {
                yield return $"{Sdk.Name(type)}: public type in a Wire namespace";
            }

            foreach (var word in new[] { "Dto", "Wire" })
            {
                if (type.Name.Contains(word, StringComparison.Ordinal))
                {
                    yield return $"{Sdk.Name(type)}: the name contains '{word}'";
                }
            }
        }
    }
}
