namespace CustomerIO.App;

/// <summary>The Snippets answers, for tests of code that uses a mocked <see cref="SnippetsClient"/>.</summary>
public static partial class AppModelFactory
{
    /// <summary>A snippet.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="value">Its content.</param>
    /// <param name="updatedAt">When it last changed.</param>
    /// <returns>The snippet.</returns>
    public static Snippet Snippet(string name, string? value = null, DateTimeOffset? updatedAt = null) => new() { Name = name, Value = value, UpdatedAt = updatedAt };
}
