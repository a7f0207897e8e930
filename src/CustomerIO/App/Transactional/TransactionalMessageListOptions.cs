namespace CustomerIO.App;

/// <summary>Filters of the messages sent from one transactional template (<c>GET /v1/transactional/{id}/messages</c>).</summary>
public sealed class TransactionalMessageListOptions : IAppQuery
{
    /// <summary>Only deliveries that reached this metric.</summary>
    public MessageMetric? Metric { get; set; }

    /// <summary>Only deliveries in this state.</summary>
    public TransactionalDeliveryState? State { get; set; }

    /// <summary>The start of the time range (the API's default: six months back).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>The end of the time range (ranges over twelve months are cut to twelve).</summary>
    public DateTimeOffset? End { get; set; }

    /// <summary>Include in-app survey answers (<see cref="Message.TrackedResponses"/>).</summary>
    public bool? TrackedResponses { get; set; }

    void IAppQuery.AddTo(List<KeyValuePair<string, string>> query)
    {
        MetricQuery.Range(Start, End);
        AppQuery.Add(query, "metric", Metric?.Value);
        AppQuery.Add(query, "state", State?.Value);
        AppQuery.Add(query, "start_ts", Start?.ToUnixTimeSeconds());
        AppQuery.Add(query, "end_ts", End?.ToUnixTimeSeconds());
        AppQuery.Add(query, "get_tracked_responses", TrackedResponses);
    }
}
