using System.IO;
using System.Text.RegularExpressions;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;

namespace CustomerIO.Tests.Conventions;

/// <summary>
/// Each API has its own namespace and folder (<c>src/CustomerIO/Track</c> is <c>CustomerIO.Track</c>, and so on for
/// App, Pipelines and Webhooks); a sub-folder of an API's folder groups files of that namespace (the App API's areas) or
/// holds an internal namespace of its own (<c>Track/Wire</c>); what every API shares is in <c>CustomerIO</c>, in folders
/// that group its files, or in the namespace of an internal folder.
/// </summary>
public sealed class ApiNamespaceConventions
{
    /// <summary>The APIs, each a folder of <c>src/CustomerIO</c> and a namespace below <c>CustomerIO</c>.</summary>
    internal static readonly string[] Apis = ["Track", "App", "Pipelines", "Webhooks"];

    internal const string FolderRule = "A file in an API's folder declares that API's namespace or its own folder's; any other file CustomerIO or its folder's namespace";

    internal const string PublicRule = "Public types are in CustomerIO, an API's namespace, or CustomerIO.Serialization";

    private static readonly Regex FileScopedNamespace = new(@"^namespace ([\w.]+);", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var sdk = Path.Combine(Repository.Root, "src", "CustomerIO");
        var files = Directory.GetFiles(sdk, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(sdk, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
            .Where(path => DeclaresCode(Path.Combine(sdk, path)))
            .Select(path => (path, Declared(Path.Combine(sdk, path))))
            .ToArray();

        Assert.Contains(files, f => f.path == "Track/TrackClient.cs");
        Sdk.AssertNone(FolderRule, FolderViolations(files));
    }

    [Fact]
    public void Public_types_are_in_CustomerIO_an_API_namespace_or_Serialization()
    {
        Assert.Equal("CustomerIO.Track", typeof(TrackClient).Namespace);
        Assert.Equal("CustomerIO.Track", typeof(TrackQueue).Namespace);
        Assert.Equal("CustomerIO", typeof(CustomerIOException).Namespace);
        Sdk.AssertNone(PublicRule, PublicViolations(Sdk.PublicTypes));
    }

    /// <summary>Each file whose declared namespace is not the one its folder calls for.</summary>
    internal static IEnumerable<string> FolderViolations(IEnumerable<(string Path, string? Namespace)> files)
    {
        foreach (var (path, declared) in files)
        {
            var folders = path.Split('/')[..^1];
            var ofFolder = string.Join(".", ["CustomerIO", .. folders]);
            var allowed = folders.Length > 0 && Apis.Contains(folders[0]) ? ["CustomerIO." + folders[0], ofFolder] : new[] { "CustomerIO", ofFolder };
            if (declared is null || !allowed.Contains(declared))
            {
                yield return $"{path}: declares '{declared ?? "(none)"}', expected {string.Join(" or ", allowed.Distinct().Select(a => $"'{a}'"))}";
            }
        }
    }

    /// <summary>Each public type outside the namespaces the public surface may use.</summary>
    internal static IEnumerable<string> PublicViolations(IEnumerable<Type> types)
    {
        var allowed = new HashSet<string>(["CustomerIO", "CustomerIO.Serialization", .. Apis.Select(a => "CustomerIO." + a)], StringComparer.Ordinal);
        return types.Where(t => t.Namespace is null || !allowed.Contains(t.Namespace)).Select(t => $"{Sdk.Name(t)}: namespace '{t.Namespace ?? "(global)"}'");
    }

    /// <summary>Whether the file holds more than global usings and assembly attributes (which belong to no namespace).</summary>
    private static bool DeclaresCode(string file) =>
        File.ReadLines(file).Select(l => l.Trim()).Any(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)
            && !l.StartsWith("global using ", StringComparison.Ordinal) && !l.StartsWith("[assembly:", StringComparison.Ordinal));

    private static string? Declared(string file)
    {
        var match = FileScopedNamespace.Match(File.ReadAllText(file));
        return match.Success ? match.Groups[1].Value : null;
    }
}
