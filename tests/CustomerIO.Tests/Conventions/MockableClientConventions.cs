using System.Reflection;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>
/// Clients can be mocked, as the Azure SDK guidelines ask: not sealed, a protected parameterless constructor, and every
/// public instance method and property virtual, so a test replaces just the calls it makes.
/// </summary>
public sealed class MockableClientConventions
{
    internal const string Rule = "Public *Client types are unsealed, have a protected parameterless constructor, and virtual public members";

    [Fact]
    public void Every_client_can_be_mocked()
    {
        var clients = Sdk.PublicTypes.Where(t => t.IsClass && t.Name.EndsWith("Client", StringComparison.Ordinal)).ToArray();

        Assert.Contains(typeof(TrackClient), clients);
        Sdk.AssertNone(Rule, Violations(clients));
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> clients)
    {
        foreach (var client in clients)
        {
            if (client.IsSealed)
            {
                yield return $"{Sdk.Name(client)}: sealed";
            }

            if (client.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is not { IsFamily: true })
            {
                yield return $"{Sdk.Name(client)}: no protected parameterless constructor";
            }

            var members = client.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly);
            foreach (var method in members.Where(m => !m.IsVirtual || m.IsFinal))
            {
                yield return $"{Sdk.Name(client)}.{method.Name}: not virtual";
            }
        }
    }
}
