using System.IO;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for tests that read its files (docs, sources).</summary>
internal static class Repository
{
    /// <summary>The folder that holds <c>CustomerIO.slnx</c>, found above the test's output folder.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CustomerIO.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with CustomerIO.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
