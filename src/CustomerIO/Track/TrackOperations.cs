using System.Net.Http;
using CustomerIO.Transport;

namespace CustomerIO.Track;

/// <summary>
/// Every operation of the Track API, described once: <see cref="TrackClient"/> fills these and nothing else
/// writes a Track path. The templates are what logs, metrics and exceptions show.
/// </summary>
internal static class TrackOperations
{
    private const string Api = "track";

    /// <summary>Finds the workspace's region.</summary>
    public static readonly ApiOperation GetRegion = new(Api, HttpMethod.Get, "/api/v1/accounts/region", idempotent: true, subject: "The region lookup");

    /// <summary>Creates or updates a person.</summary>
    public static readonly ApiOperation Identify = new(Api, HttpMethod.Put, "/api/v1/customers/{identifier}", idempotent: true);

    /// <summary>Deletes a person.</summary>
    public static readonly ApiOperation DeletePerson = new(Api, HttpMethod.Delete, "/api/v1/customers/{identifier}", idempotent: true);

    /// <summary>Deletes a person and blocks the identifier.</summary>
    public static readonly ApiOperation Suppress = new(Api, HttpMethod.Post, "/api/v1/customers/{identifier}/suppress", idempotent: true);

    /// <summary>Frees a suppressed identifier.</summary>
    public static readonly ApiOperation Unsuppress = new(Api, HttpMethod.Post, "/api/v1/customers/{identifier}/unsuppress", idempotent: true);

    /// <summary>Adds or updates a device.</summary>
    public static readonly ApiOperation AddDevice = new(Api, HttpMethod.Put, "/api/v1/customers/{identifier}/devices", idempotent: true);

    /// <summary>Removes a device.</summary>
    public static readonly ApiOperation DeleteDevice = new(Api, HttpMethod.Delete, "/api/v1/customers/{identifier}/devices/{token}", idempotent: true);

    /// <summary>Merges two people: irreversible, so never repeated after an ambiguous failure.</summary>
    public static readonly ApiOperation MergePeople = new(Api, HttpMethod.Post, "/api/v1/merge_customers", idempotent: false);

    /// <summary>Adds people to a manual segment (query <c>id_type</c>).</summary>
    public static readonly ApiOperation AddToSegment = new(Api, HttpMethod.Post, "/api/v1/segments/{segment_id}/add_customers", idempotent: true);

    /// <summary>Removes people from a manual segment (query <c>id_type</c>).</summary>
    public static readonly ApiOperation RemoveFromSegment = new(Api, HttpMethod.Post, "/api/v1/segments/{segment_id}/remove_customers", idempotent: true);

    /// <summary>A person's event; its ULID id makes the POST safe to repeat (Customer.io ignores a second event with the same id).</summary>
    public static readonly ApiOperation TrackPersonEvent = new(Api, HttpMethod.Post, "/api/v1/customers/{identifier}/events", idempotent: true);

    /// <summary>An anonymous or invite event; idempotent for the same reason as a person's.</summary>
    public static readonly ApiOperation TrackAnonymousEvent = new(Api, HttpMethod.Post, "/api/v1/events", idempotent: true);

    /// <summary>A delivery metric.</summary>
    public static readonly ApiOperation TrackMetric = new(Api, HttpMethod.Post, "/api/v1/metrics", idempotent: false);

    /// <summary>A push metric, the legacy way.</summary>
    public static readonly ApiOperation TrackPushMetric = new(Api, HttpMethod.Post, "/api/v1/push/events", idempotent: false);

    /// <summary>A form submission.</summary>
    public static readonly ApiOperation SubmitForm = new(Api, HttpMethod.Post, "/api/v1/forms/{form_id}/submit", idempotent: false);

    /// <summary>An unsubscribe from a custom page: sent without credentials, at the host root.</summary>
    public static readonly ApiOperation Unsubscribe = new(Api, HttpMethod.Post, "/unsubscribe/{delivery_id}", idempotent: true, authenticate: false);

    /// <summary>One Track v2 operation; each operation says itself whether it is safe to repeat.</summary>
    public static readonly ApiOperation SendEntity = new(Api, HttpMethod.Post, "/api/v2/entity", idempotent: false);

    /// <summary>A Track v2 batch; safe to repeat only when every operation in it is.</summary>
    public static readonly ApiOperation SendBatch = new(Api, HttpMethod.Post, "/api/v2/batch", idempotent: false);
}
