using System.Reflection;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>Design rule 3: every public async method takes <c>CancellationToken cancellationToken = default</c> last.</summary>
public sealed class AsyncMethodConventions
{
    internal const string Rule = "Public async methods must end with 'CancellationToken cancellationToken = default'";

    [Fact]
    public void Every_public_async_method_ends_with_an_optional_cancellation_token()
    {
        Sdk.AssertNone(Rule, Violations(Sdk.PublicTypes));
    }

    [Fact]
    public void The_rule_sees_the_sdks_async_methods()
    {
        // Guards against a rule that passes because it looks at nothing.
        var methods = AsyncMethods(Sdk.PublicTypes).Select(m => m.DeclaringType!.Name + "." + m.Name).ToList();

        Assert.Contains("TrackClient.SendAsync", methods);
        Assert.Contains("TrackClient.SendBatchAsync", methods);
        Assert.Contains("TrackClient.GetRegionAsync", methods);
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> types)
    {
        foreach (var method in AsyncMethods(types))
        {
            var parameters = method.GetParameters();
            var last = parameters.LastOrDefault();
            var where = $"{Sdk.Name(method.DeclaringType!)}.{method.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name + " " + p.Name))})";
            if (last is null || last.ParameterType != typeof(CancellationToken))
            {
                yield return where + ": the last parameter is not a CancellationToken";
                continue;
            }

            if (last.Name != "cancellationToken")
            {
                yield return where + $": the CancellationToken is named '{last.Name}', not 'cancellationToken'";
            }

            if (!last.HasDefaultValue)
            {
                yield return where + ": the CancellationToken has no default value";
            }
        }
    }

    /// <summary>Public and protected methods declared by the given types that return Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
    internal static IEnumerable<MethodInfo> AsyncMethods(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly)
            .Where(m => !m.IsSpecialName && IsAwaitable(m.ReturnType))
            .Where(m => !ImplementsForeignInterface(m) && !OverridesForeignMethod(m));

    private static bool IsAwaitable(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));

    /// <summary>Overrides of another library's methods (for example <c>HttpMessageHandler.SendAsync</c>) keep that library's signature.</summary>
    private static bool OverridesForeignMethod(MethodInfo method) =>
        method.GetBaseDefinition().DeclaringType!.Assembly != method.DeclaringType!.Assembly;

    /// <summary>Methods whose signature another library fixes (for example <c>IAsyncDisposable.DisposeAsync()</c>) are exempt.</summary>
    private static bool ImplementsForeignInterface(MethodInfo method)
    {
        var type = method.DeclaringType!;
        if (type.IsInterface)
        {
            return false;
        }

        foreach (var contract in type.GetInterfaces().Where(i => i.Assembly != type.Assembly))
        {
            var map = type.GetInterfaceMap(contract);
            if (map.TargetMethods.Contains(method))
            {
                return true;
            }
        }

        return false;
    }
}
