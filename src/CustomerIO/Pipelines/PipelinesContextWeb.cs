namespace CustomerIO.Pipelines;

/// <summary>The campaign (UTM parameters) of a <see cref="PipelinesContext"/> (<c>context.campaign</c>). <see cref="ToString"/> shows no value.</summary>
public sealed class PipelinesContextCampaign
{
    /// <summary>The campaign's name (<c>name</c>, <c>utm_campaign</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The campaign's source (<c>source</c>, <c>utm_source</c>).</summary>
    public string? Source { get; init; }

    /// <summary>The campaign's medium (<c>medium</c>, <c>utm_medium</c>).</summary>
    public string? Medium { get; init; }

    /// <summary>The campaign's term (<c>term</c>, <c>utm_term</c>).</summary>
    public string? Term { get; init; }

    /// <summary>The campaign's content (<c>content</c>, <c>utm_content</c>).</summary>
    public string? Content { get; init; }

    /// <summary>Shows nothing of the campaign.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextCampaign);
}

/// <summary>The web page of a <see cref="PipelinesContext"/> (<c>context.page</c>). <see cref="ToString"/> shows no value.</summary>
public sealed class PipelinesContextPage
{
    /// <summary>The page's name (<c>name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The page's path (<c>path</c>), for example <c>/pricing</c>.</summary>
    public string? Path { get; init; }

    /// <summary>The page the user came from (<c>referrer</c>).</summary>
    public string? Referrer { get; init; }

    /// <summary>The page's query string (<c>search</c>), for example <c>?plan=pro</c>.</summary>
    public string? Search { get; init; }

    /// <summary>The page's title (<c>title</c>).</summary>
    public string? Title { get; init; }

    /// <summary>The page's full URL (<c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The page's keywords (<c>keywords</c>); no entry may be null.</summary>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>Shows nothing of the page.</summary>
    /// <returns>The type's name.</returns>
    public override string ToString() => nameof(PipelinesContextPage);
}
