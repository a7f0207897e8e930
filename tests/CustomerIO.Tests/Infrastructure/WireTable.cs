namespace CustomerIO.Tests.Infrastructure;

/// <summary>
/// One operation of a client as a row: the call, and what must go out (method, path and query, exact body),
/// the path template its errors name, and whether it is safe to repeat.
/// </summary>
/// <typeparam name="TClient">The client.</typeparam>
/// <param name="Name">The row's name as the test runner shows it, for example <c>IdentifyAsync(dictionary)</c>: the client method first.</param>
/// <param name="Call">The call, on a client wired to a <see cref="RecordingHandler"/>.</param>
/// <param name="Method">The expected method.</param>
/// <param name="PathAndQuery">The expected path and query.</param>
/// <param name="Body">The exact expected JSON body, <c>null</c> for none (<see cref="WireAssert.GeneratedUlid"/> allowed).</param>
/// <param name="Template">The path template errors, logs and metrics name.</param>
/// <param name="Idempotent">Whether the SDK repeats the call after an ambiguous failure.</param>
public sealed record WireRow<TClient>(string Name, Func<TClient, Task> Call, string Method, string PathAndQuery, string? Body, string Template, bool Idempotent)
{
    /// <summary>The API's standard headers; <see cref="WireApi.Track"/> unless the row says otherwise.</summary>
    public WireApi Api { get; init; } = WireApi.Track;

    /// <summary>The answer the call gets: <c>200 {}</c> unless the row says otherwise.</summary>
    public (int Status, string? Body) Answer { get; init; } = (200, "{}");

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// Runs a client's rows (<see cref="WireRow{TClient}"/>): a <c>[Theory]</c> over <see cref="Names"/> calls one of
/// these per row, so an operation's wire test is one row rather than one hand-written test.
/// </summary>
/// <typeparam name="TClient">The client.</typeparam>
public sealed class WireTable<TClient>
{
    private readonly Func<RecordingHandler, Action<CustomerIOClientOptions>, TClient> _create;
    private readonly Dictionary<string, WireRow<TClient>> _rows;

    /// <summary>Makes the table.</summary>
    /// <param name="create">Makes a client sending through the handler, after the options are adjusted.</param>
    /// <param name="rows">The rows; names must be unique.</param>
    public WireTable(Func<RecordingHandler, Action<CustomerIOClientOptions>, TClient> create, params WireRow<TClient>[] rows)
    {
        _create = create;
        _rows = rows.ToDictionary(row => row.Name, StringComparer.Ordinal);
    }

    /// <summary>The rows' names, for <c>[MemberData]</c>.</summary>
    public TheoryData<string> Names => new(_rows.Keys);

    /// <summary>Every row.</summary>
    public IEnumerable<WireRow<TClient>> Rows => _rows.Values;

    /// <summary>Calls the row's operation once and asserts the one request that went out (<see cref="WireAssert.AssertIs"/>).</summary>
    /// <param name="name">The row.</param>
    /// <returns>The recorded request, for further checks.</returns>
    public async Task<RecordedRequest> AssertGoesOutAsync(string name)
    {
        var row = _rows[name];
        var handler = new RecordingHandler().Enqueue(row.Answer.Status, row.Answer.Body);
        await row.Call(_create(handler, _ => { }));
        var request = handler.Single;
        request.AssertIs(row.Method, row.PathAndQuery, row.Body, row.Api);
        return request;
    }

    /// <summary>
    /// Answers the first attempt with a 503 and asserts the row's idempotency: an idempotent call is sent again,
    /// byte for byte, and succeeds; any other fails with the 503 after one attempt (unsafe retries left off).
    /// </summary>
    /// <param name="name">The row.</param>
    /// <returns>A task that completes when the assertion has run.</returns>
    public async Task AssertIdempotencyAsync(string name)
    {
        var row = _rows[name];
        var handler = new RecordingHandler().Enqueue(503).Enqueue(row.Answer.Status, row.Answer.Body);
        var client = _create(handler, o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.RetryUnsafeOperations = false;
            o.Retry.BaseDelay = TimeSpan.FromTicks(1);
            o.Retry.MaxDelay = TimeSpan.FromTicks(1);
            o.Random = () => 0;
        });

        if (row.Idempotent)
        {
            await row.Call(client);
            Assert.Equal(2, handler.Requests.Count);
            Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
            Assert.Equal(handler.Requests[0].Url, handler.Requests[1].Url);
        }
        else
        {
            var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => row.Call(client));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
            Assert.Single(handler.Requests);
        }
    }

    /// <summary>Answers a 404 and asserts the exception names the row's method and template, never the real path.</summary>
    /// <param name="name">The row.</param>
    /// <returns>A task that completes when the assertion has run.</returns>
    public async Task AssertErrorNamesTemplateAsync(string name)
    {
        var row = _rows[name];
        var handler = new RecordingHandler().Enqueue(404, "{\"meta\":{\"error\":\"not found\"}}");
        var client = _create(handler, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<CustomerIOApiException>(() => row.Call(client));

        Assert.Equal(row.Method, error.Method);
        Assert.Equal(row.Template, error.Path);
        Assert.Contains(row.Template, error.Message, StringComparison.Ordinal);
        if (row.PathAndQuery != row.Template)
        {
            Assert.DoesNotContain(row.PathAndQuery, error.ToString(), StringComparison.Ordinal);
        }
    }
}
