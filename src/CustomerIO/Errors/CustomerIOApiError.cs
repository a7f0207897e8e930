namespace CustomerIO;

/// <summary>One error message returned by a Customer.io API.</summary>
/// <remarks>
/// Customer.io answers errors in three shapes: <c>{"meta":{"error":"..."}}</c>, <c>{"meta":{"errors":["..."]}}</c>
/// and <c>{"errors":[{"reason","field","message","batch_index"}]}</c>. Each becomes one or more of these.
/// </remarks>
public sealed class CustomerIOApiError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The human-readable message.</param>
    /// <param name="reason">The machine-readable reason, when the API gave one.</param>
    /// <param name="field">The field the error is about, when the API gave one.</param>
    /// <param name="batchIndex">The 0-based index of the failed operation in a Track v2 batch, when the API gave one.</param>
    public CustomerIOApiError(string message, string? reason = null, string? field = null, int? batchIndex = null)
    {
        Message = message ?? string.Empty;
        Reason = reason;
        Field = field;
        BatchIndex = batchIndex;
    }

    /// <summary>The human-readable message.</summary>
    public string Message { get; }

    /// <summary>The machine-readable reason (for example <c>required</c>), when given.</summary>
    public string? Reason { get; }

    /// <summary>The field the error is about, when given.</summary>
    public string? Field { get; }

    /// <summary>The 0-based index of the operation in a Track v2 batch, when given.</summary>
    public int? BatchIndex { get; }

    /// <summary>
    /// Names the error by its index, field and reason, without <see cref="Message"/>: servers' messages may quote the
    /// data that was sent (an email, an id), and ToString() ends up in logs.
    /// </summary>
    /// <returns>For example <c>[3] identifiers (invalid)</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (BatchIndex is int index)
        {
            parts.Add($"[{index}]");
        }

        if (Field is not null)
        {
            parts.Add(Field);
        }

        if (Reason is not null)
        {
            parts.Add($"({Reason})");
        }

        return parts.Count == 0 ? "error" : string.Join(" ", parts);
    }
}
