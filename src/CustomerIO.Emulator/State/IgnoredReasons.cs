namespace CustomerIO.Emulator.State;

/// <summary>Why an accepted operation changed nothing (reported in counters, never as an error: Customer.io answers success).</summary>
internal static class IgnoredReasons
{
    public const string Suppressed = "suppressed";
    public const string NotFound = "not_found";
    public const string UpdateOnlyMissing = "update_only_missing";
    public const string UnknownCioId = "unknown_cio_id";
    public const string StaleTimestamp = "stale_timestamp";
    public const string AnonymousIdentify = "anonymous_identify";
}
