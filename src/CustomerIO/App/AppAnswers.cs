using System.Text.Json.Serialization;
using CustomerIO.Paging;

namespace CustomerIO.App;

// The answers' envelopes: the wire shapes around the models callers get. Internal; unknown fields are ignored.

/// <summary><c>{"segments":[..]}</c>.</summary>
internal sealed class SegmentsAnswer : IPageAnswer<Segment>
{
    [JsonPropertyName("segments")]
    public IReadOnlyList<Segment>? Segments { get; set; }

    IReadOnlyList<Segment>? IPageAnswer<Segment>.Values => Segments;
}

/// <summary><c>{"segment":{..}}</c>.</summary>
internal sealed class SegmentAnswer
{
    [JsonPropertyName("segment")]
    public Segment? Segment { get; set; }
}

/// <summary><c>{"count":n}</c>.</summary>
internal sealed class SegmentCountAnswer
{
    [JsonPropertyName("count")]
    public int Count { get; set; }
}

/// <summary><c>{"identifiers":[..],"ids":[..],"next":".."}</c>: a page of a segment's members or of a search.</summary>
internal class CustomerIdentifiersPage : ICursorPage<CustomerIdentifiers>
{
    [JsonPropertyName("identifiers")]
    public IReadOnlyList<CustomerIdentifiers>? Identifiers { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<CustomerIdentifiers>? IPageAnswer<CustomerIdentifiers>.Values => Identifiers;
}

/// <summary>A page of <c>GET /v1/segments/{id}/membership</c>.</summary>
internal sealed class SegmentMembershipPage : CustomerIdentifiersPage;

/// <summary>A page of <c>POST /v1/customers</c>.</summary>
internal sealed class CustomerSearchPage : CustomerIdentifiersPage;

/// <summary><c>{"messages":[..],"next":".."}</c>.</summary>
internal sealed class MessagesPage : ICursorPage<Message>
{
    [JsonPropertyName("messages")]
    public IReadOnlyList<Message>? Messages { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<Message>? IPageAnswer<Message>.Values => Messages;
}

/// <summary><c>{"message":{..}}</c>.</summary>
internal sealed class MessageAnswer
{
    [JsonPropertyName("message")]
    public Message? Message { get; set; }
}

/// <summary><c>{"errors":["..."],"next":20}</c>: the next is an offset passed back as <c>start</c>.</summary>
internal sealed class BroadcastTriggerErrorsPage : ICursorPage<string>
{
    [JsonPropertyName("errors")]
    public IReadOnlyList<string>? Errors { get; set; }

    [JsonPropertyName("next"), JsonConverter(typeof(CursorJsonConverter))]
    public string? Next { get; set; }

    IReadOnlyList<string>? IPageAnswer<string>.Values => Errors;
}

/// <summary><c>{"results":[{id, email, cio_id}]}</c>: <c>GET /v1/customers?email=</c>.</summary>
internal sealed class CustomersByEmailAnswer
{
    [JsonPropertyName("results")]
    public IReadOnlyList<CustomerIdentifiers>? Results { get; set; }
}
