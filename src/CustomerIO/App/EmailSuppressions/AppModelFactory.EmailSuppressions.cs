using System.Linq;

namespace CustomerIO.App;

/// <summary>The email provider's suppression answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>A suppressed address.</summary>
    /// <param name="email">The address.</param>
    /// <param name="reason">The reason recorded.</param>
    /// <param name="status">The status code recorded.</param>
    /// <param name="created">When it was suppressed.</param>
    /// <returns>The suppression.</returns>
    public static EmailSuppression EmailSuppression(string email, string? reason = null, string? status = null, DateTimeOffset? created = null) =>
        new() { Email = email, Reason = reason, Status = status, Created = created };

    /// <summary>What the suppression lists hold for an address.</summary>
    /// <param name="category">The category.</param>
    /// <param name="suppressions">The suppressions.</param>
    /// <returns>The search's answer.</returns>
    public static EmailSuppressionSearch EmailSuppressionSearch(SuppressionCategory? category = null, IEnumerable<EmailSuppression>? suppressions = null) =>
        new() { Category = category, Suppressions = suppressions?.ToArray() ?? [] };
}
