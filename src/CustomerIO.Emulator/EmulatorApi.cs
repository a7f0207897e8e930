using System.Text.Json.Serialization;

namespace CustomerIO.Emulator;

/// <summary>The Customer.io API surfaces the emulator serves (each under its own path prefix).</summary>
public enum EmulatorApi
{
    /// <summary>Track API v1 and v2 (host root: <c>/api/v1</c>, <c>/api/v2</c>, <c>/unsubscribe</c>).</summary>
    [JsonStringEnumMemberName("track")]
    Track,

    /// <summary>App API (under <c>/app/</c>).</summary>
    [JsonStringEnumMemberName("app")]
    App,

    /// <summary>Data Pipelines API (under <c>/cdp/</c>).</summary>
    [JsonStringEnumMemberName("pipelines")]
    Pipelines,
}
