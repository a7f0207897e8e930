using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>Design rule 7: every property the SDK serializes has an explicit, snake_case JSON name.</summary>
public sealed class WireNameConventions
{
    internal const string Rule = "Serialized properties must carry an explicit snake_case [JsonPropertyName]";

    private static readonly Regex SnakeCase = new("^_?[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);

    private static readonly string[] WireNamespaces = ["CustomerIO.Track.Wire"];

    [Fact]
    public void Every_serialized_property_has_an_explicit_snake_case_name()
    {
        Sdk.AssertNone(Rule, Violations(SerializedTypes()));
    }

    [Fact]
    public void The_rule_sees_the_wire_types_and_the_response_models()
    {
        var names = SerializedTypes().Select(t => t.Name).ToList();

        Assert.Contains("OperationBody", names);
        Assert.Contains("BatchBody", names);
        Assert.Contains("DeviceWire", names);
        Assert.Contains("IdentifyReserved", names);
        Assert.Contains("RelationshipWire", names);
        Assert.Contains("RegionInfo", names);
        Assert.DoesNotContain("RawJson", names); // written by its own converter: it has no JSON properties
    }

    /// <summary>
    /// The types in the wire namespaces, the SDK's own types registered on its <c>JsonSerializerContext</c>s, and
    /// the SDK types reachable from their properties; types written by a custom converter are left out.
    /// </summary>
    internal static IReadOnlyList<Type> SerializedTypes()
    {
        var roots = Sdk.AllTypes.Where(t => WireNamespaces.Contains(t.Namespace) && t.IsClass && !t.IsAbstract)
            .Concat(Sdk.AllTypes.Where(t => typeof(JsonSerializerContext).IsAssignableFrom(t))
                .SelectMany(c => c.GetCustomAttributesData())
                .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
                .Select(a => (Type)a.ConstructorArguments[0].Value!));
        return Reachable(roots);
    }

    internal static IReadOnlyList<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.Count > 0)
        {
            foreach (var type in Sdk.Expand(queue.Dequeue()))
            {
                if (type.Assembly == Sdk.Assembly || type.Assembly == typeof(WireNameConventions).Assembly)
                {
                    if (type.IsEnum || type.IsDefined(typeof(JsonConverterAttribute), inherit: false) || !seen.Add(type))
                    {
                        continue;
                    }

                    foreach (var property in SerializedProperties(type))
                    {
                        queue.Enqueue(property.PropertyType);
                    }
                }
            }
        }

        return seen.ToArray();
    }

    internal static IEnumerable<string> Violations(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var property in SerializedProperties(type))
            {
                var where = $"{Sdk.Name(type)}.{property.Name}";
                var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
                if (name is null)
                {
                    yield return where + ": no [JsonPropertyName]";
                }
                else if (!SnakeCase.IsMatch(name))
                {
                    yield return where + $": \"{name}\" is not snake_case";
                }
            }
        }
    }

    /// <summary>What System.Text.Json writes: public instance properties and [JsonInclude] ones, minus [JsonIgnore].</summary>
    private static IEnumerable<PropertyInfo> SerializedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => (p.GetMethod?.IsPublic ?? false) || p.IsDefined(typeof(JsonIncludeAttribute)))
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always });
}
