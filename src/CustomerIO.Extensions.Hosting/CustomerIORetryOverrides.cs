namespace CustomerIO.Extensions.Hosting;

/// <summary>
/// An API section's retry settings (<c>CustomerIO:Track:Retry</c>, …): each one set wins over the same setting of
/// the top-level <see cref="CustomerIOOptions.Retry"/>; each one left unset (null) takes it.
/// </summary>
public sealed class CustomerIORetryOverrides
{
    /// <summary>Retries after the first attempt, instead of <see cref="CustomerIORetryOptions.MaxRetries"/>.</summary>
    public int? MaxRetries { get; set; }

    /// <summary>The first backoff delay, instead of <see cref="CustomerIORetryOptions.BaseDelay"/>.</summary>
    public TimeSpan? BaseDelay { get; set; }

    /// <summary>The longest backoff delay, instead of <see cref="CustomerIORetryOptions.MaxDelay"/>.</summary>
    public TimeSpan? MaxDelay { get; set; }

    /// <summary>The longest <c>Retry-After</c> waited out, instead of <see cref="CustomerIORetryOptions.MaxRetryAfter"/>.</summary>
    public TimeSpan? MaxRetryAfter { get; set; }

    /// <summary>Whether operations that are not idempotent are retried, instead of <see cref="CustomerIORetryOptions.RetryUnsafeOperations"/>.</summary>
    public bool? RetryUnsafeOperations { get; set; }

    /// <summary>Describes the settings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CustomerIORetryOverrides(max retries {MaxRetries?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inherited"})";
}
