using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>Design rule 12: what an async method answers is read-only, all the way down its public properties.</summary>
public sealed class ReadOnlyResponseConventions
{
    internal const string Rule = "Response models (and the CustomerIO types reachable from them) must have no public setter or init accessor";

    [Fact]
    public void Response_models_are_read_only()
    {
        Sdk.AssertNone(Rule, Violations(Sdk.PublicTypes));
    }

    [Fact]
    public void The_rule_sees_the_response_models()
    {
        var names = ResponseTypes(Sdk.PublicTypes).Select(t => t.Name).ToList();

        Assert.Contains("RegionInfo", names);
        Assert.Contains("TrackBatchResult", names);
        Assert.Contains("TrackOperationFailure", names);
        Assert.Contains("TrackOperation", names);
        Assert.Contains("CustomerIOApiError", names);

        // Reached through a method that answers a CustomerIOPageable<T> (CustomerIOPageable<T>.FromPages today).
        Assert.Contains("CustomerIOPage`1", names);
    }

    /// <summary>
    /// T of every public <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c> method, T and <c>CustomerIOPage&lt;T&gt;</c> of every
    /// public method answering a <c>CustomerIOPageable&lt;T&gt;</c> (a list is an answer too, page by page), and the
    /// public CustomerIO types their public properties reach.
    /// </summary>
    internal static IReadOnlyList<Type> ResponseTypes(IEnumerable<Type> apiTypes)
    {
        var types = apiTypes.ToList();
        var roots = AsyncMethodConventions.AsyncMethods(types)
            .Where(m => m.ReturnType.IsGenericType)
            .Select(m => m.ReturnType.GetGenericArguments()[0])
            .Concat(PageableMethods(types).SelectMany(m => PagedTypes(m.ReturnType)));
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            foreach (var type in Sdk.Expand(queue.Dequeue()))
            {
                if (type.IsGenericParameter || !Sdk.InCustomerIONamespace(type) || !(type.IsPublic || type.IsNestedPublic) || type.IsEnum || !seen.Add(type))
                {
                    continue;
                }

                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        return seen.ToArray();
    }

    /// <summary>Public and protected methods declared by the given types that answer a <see cref="CustomerIOPageable{T}"/> or a type derived from one.</summary>
    private static IEnumerable<MethodInfo> PageableMethods(IEnumerable<Type> types) =>
        types.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !m.IsSpecialName && PagedTypes(m.ReturnType).Any());

    /// <summary>For a pageable of T: T and CustomerIOPage&lt;T&gt;, what its enumerations answer. Nothing for any other type.</summary>
    private static IEnumerable<Type> PagedTypes(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CustomerIOPageable<>))
            {
                var value = t.GetGenericArguments()[0];
                return [value, typeof(CustomerIOPage<>).MakeGenericType(value)];
            }
        }

        return [];
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> apiTypes)
    {
        foreach (var type in ResponseTypes(apiTypes))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true } setter)
                {
                    var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                    yield return $"{Sdk.Name(type)}.{property.Name}: public {(init ? "init" : "set")} accessor";
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly))
            {
                yield return $"{Sdk.Name(type)}.{field.Name}: public writable field";
            }
        }
    }
}
