namespace CustomerIO.Samples.Tests;

/// <summary>
/// The samples' tests run one at a time: the main job's test captures the process's console output, which the
/// ASP.NET Core sample's loggers would otherwise write into.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplesCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "samples";
}
