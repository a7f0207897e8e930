namespace CustomerIO.Webhooks;

/// <summary>How <see cref="WebhookSignatureVerifier"/> judges a request's age.</summary>
public sealed class WebhookSignatureVerifierOptions
{
    /// <summary>The tolerance used when none is set: 5 minutes, the common choice (Customer.io documents none).</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The longest tolerance accepted: one day. A longer window would let a captured request be replayed for days.</summary>
    public static readonly TimeSpan MaxTolerance = TimeSpan.FromDays(1);

    /// <summary>
    /// How far <c>X-CIO-Timestamp</c> may be from now, either way, for a request to be accepted. Default
    /// <see cref="DefaultTolerance"/> (5 minutes); more than 0 and at most <see cref="MaxTolerance"/>.
    /// </summary>
    public TimeSpan Tolerance { get; set; } = DefaultTolerance;

    /// <summary>The clock "now" is read from. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Describes the settings.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"WebhookSignatureVerifierOptions(Tolerance={Tolerance})";
}
