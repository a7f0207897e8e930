using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>The SDK assembly as the convention tests see it, and the way they fail: every violation at once.</summary>
internal static class Sdk
{
    public static readonly Assembly Assembly = typeof(TrackClient).Assembly;

    /// <summary>The public surface: types a caller can name.</summary>
    public static IReadOnlyList<Type> PublicTypes => Assembly.GetExportedTypes();

    /// <summary>Every type the compiler did not invent.</summary>
    public static IReadOnlyList<Type> AllTypes =>
        Assembly.GetTypes().Where(t => !IsCompilerGenerated(t)).ToArray();

    public static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || t.Name.Contains('<', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A readable type name, generic arguments included.</summary>
    public static string Name(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        var name = type.GetGenericTypeDefinition().FullName ?? type.Name;
        name = name[..name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }

    /// <summary>Fails with every violation, one per line, sorted; passes when there are none.</summary>
    public static void AssertNone(string rule, IEnumerable<string> violations)
    {
        var list = violations.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            Assert.Fail($"{rule}: {list.Count} violation(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", list));
        }
    }

    /// <summary>A type, its element type, generic arguments and nullable underlying type.</summary>
    public static IEnumerable<Type> Expand(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        if (type.HasElementType)
        {
            foreach (var inner in Expand(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    /// <summary>Whether the type lives in the <c>CustomerIO</c> namespace or one below it.</summary>
    public static bool InCustomerIONamespace(Type type) =>
        type.Namespace is { } ns && (ns == "CustomerIO" || ns.StartsWith("CustomerIO.", StringComparison.Ordinal));
}
