using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using CustomerIO.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CustomerIO.Transport;

/// <summary>
/// Sends every request of every client: credentials, <c>User-Agent</c>, safe redirects, per-attempt and total
/// timeouts, retries (Polly), telemetry, and the mapping of failures to the SDK's exceptions. Clients describe
/// requests (<see cref="ApiRequest"/>); only this class touches <see cref="HttpClient"/>.
/// </summary>
internal sealed partial class HttpPipeline
{
    private const int MaxRedirects = 5;
    private static readonly ResiliencePropertyKey<ApiRequest> RequestKey = new("CustomerIO.Request");
    private static readonly ResiliencePropertyKey<bool> TotalTimeoutKey = new("CustomerIO.TotalTimeout");

    private readonly HttpClient _http;
    private readonly Uri _root;
    private readonly AuthenticationHeaderValue? _credentials;
    private readonly string _userAgent;
    private readonly string _api;
    private readonly TimeProvider _time;
    private readonly TimeSpan _totalTimeout;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<ApiResponse> _resilience;
    private readonly KeyValuePair<string, string>[] _headers;
    private readonly IRequestGate? _gate;

    /// <summary>Creates the pipeline for one API.</summary>
    /// <param name="api">The API's short name for telemetry: <c>track</c>, <c>app</c> or <c>pipelines</c>.</param>
    /// <param name="root">The API root the request paths are relative to.</param>
    /// <param name="credentials">The <c>Authorization</c> header value.</param>
    /// <param name="options">The client's options, already validated.</param>
    /// <param name="loggerCategory">The category of the pipeline's logs.</param>
    /// <param name="headers">Headers every request of this API carries (Pipelines' <c>X-Strict-Mode</c>); none when null.</param>
    /// <param name="gate">Waits before each attempt until the API's rate limits allow it (the App API's limiter); none when null.</param>
    public HttpPipeline(string api, Uri root, AuthenticationHeaderValue? credentials, CustomerIOClientOptions options, string loggerCategory, KeyValuePair<string, string>[]? headers = null, IRequestGate? gate = null)
    {
        _headers = headers ?? [];
        _gate = gate;
        _api = api;
        _root = root.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? root : new Uri(root.AbsoluteUri + "/");
        _credentials = credentials;
        _http = options.HttpClient ?? SharedHttpClient.Instance;
        _time = options.TimeProvider;
        _totalTimeout = options.TotalTimeout;
        _userAgent = UserAgent.For(options.ApplicationId);
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(loggerCategory);
        _resilience = BuildResilience(options);
    }

    /// <summary>The API root the request paths are relative to.</summary>
    public Uri Root => _root;

    /// <summary>The HTTP client, for requests that are not API calls (an export's signed download link, sent without credentials).</summary>
    public HttpClient Http => _http;

    /// <summary>
    /// Sends the request, retrying as the options allow, and answers the successful (2xx) response.
    /// Every failure becomes a <see cref="CustomerIOException"/>; cancellation by the caller stays an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        using var activity = CustomerIOTelemetry.ActivitySource.StartActivity($"{request.Method.Method} {request.PathTemplate}", ActivityKind.Client);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.template", request.PathTemplate);
        activity?.SetTag("server.address", _root.Host);
        activity?.SetTag("customerio.api", _api);

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        var state = new AttemptState(this, request);
        ApiResponse response;
        try
        {
            response = await _resilience.ExecuteAsync(
                static (ctx, s) => s.Pipeline.AttemptAsync(s, ctx.CancellationToken),
                context,
                state).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // The caller gave up while the attempt was failing: that is the answer they get.
                throw new OperationCanceledException(cancellationToken);
            }

            var translated = Translate(exception, request, context);
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", exception.GetType().Name);
            LogGaveUp(request, state.Attempts, exception.GetType().Name);
            throw translated;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        activity?.SetTag("http.response.status_code", (int)response.StatusCode);
        if (response.IsSuccess)
        {
            return response;
        }

        activity?.SetStatus(ActivityStatusCode.Error);
        activity?.SetTag("error.type", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        LogGaveUp(request, state.Attempts, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        throw ErrorMapper.ToException(request, response);
    }

    private async ValueTask<ApiResponse> AttemptAsync(AttemptState state, CancellationToken cancellationToken)
    {
        var request = state.Request;
        var attempt = ++state.Attempts;
        var started = _time.GetTimestamp();
        var uri = new Uri(_root, request.RelativeUri);
        var sendCredentials = request.Authenticate;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var message = CreateMessage(request, uri, attempt, sendCredentials);
                using var answer = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (IsRedirect(answer.StatusCode) && answer.Headers.Location is { } location && redirects < MaxRedirects)
                {
                    var target = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    sendCredentials = sendCredentials && MayCarryCredentials(uri, target);
                    Log.Redirected(_logger, request.Method.Method, request.PathTemplate, (int)answer.StatusCode, target.Host, sendCredentials);
                    uri = target;
                    continue;
                }

#if NET5_0_OR_GREATER
                var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
                var body = await answer.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
                var retryAfter = RetryAfter(answer);
                var response = new ApiResponse(answer.StatusCode, body, retryAfter)
                {
                    RetryAfterUnreadable = retryAfter is null && answer.Headers.TryGetValues("Retry-After", out _),
                };
                var elapsed = _time.GetElapsedTime(started);
                Record(request, attempt, elapsed, (int)response.StatusCode, errorType: null);
                Log.AttemptCompleted(_logger, request.Method.Method, request.PathTemplate, (int)response.StatusCode, elapsed.TotalMilliseconds, attempt);
                return response;
            }
        }
        catch (Exception exception)
        {
            var elapsed = _time.GetElapsedTime(started);
            Record(request, attempt, elapsed, statusCode: null, errorType: exception.GetType().Name);
            Log.AttemptFailed(_logger, request.Method.Method, request.PathTemplate, elapsed.TotalMilliseconds, attempt, exception.GetType().Name);
            throw;
        }
    }

    private HttpRequestMessage CreateMessage(ApiRequest request, Uri uri, int attempt, bool sendCredentials)
    {
        var message = new HttpRequestMessage(request.Method, uri);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (sendCredentials && _credentials is not null)
        {
            message.Headers.Authorization = _credentials;
        }

        foreach (var header in _headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        foreach (var header in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (attempt > 1)
        {
            message.Headers.TryAddWithoutValidation("X-Retry-Count", (attempt - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (request.Content is { } content)
        {
            message.Content = content.Create();
        }

        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage answer)
    {
        var header = answer.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    /// <summary>
    /// Credentials follow a redirect only to the same origin, or over HTTPS to a Customer.io host
    /// (the US-to-EU data center redirect), never to anyone else.
    /// </summary>
    internal static bool MayCarryCredentials(Uri from, Uri to)
    {
        if (string.Equals(from.Scheme, "https", StringComparison.OrdinalIgnoreCase) && !string.Equals(to.Scheme, "https", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sameOrigin = string.Equals(from.Scheme, to.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(from.Host, to.Host, StringComparison.OrdinalIgnoreCase)
            && from.Port == to.Port;
        var customerIOHost = string.Equals(to.Scheme, "https", StringComparison.OrdinalIgnoreCase)
            && to.Host.EndsWith(".customer.io", StringComparison.OrdinalIgnoreCase);
        return sameOrigin || customerIOHost;
    }

    private CustomerIOException Translate(Exception exception, ApiRequest request, ResilienceContext context) => exception switch
    {
        TimeoutRejectedException when context.Properties.GetValue(TotalTimeoutKey, false) => new CustomerIOTimeoutException(
            $"{request.Method.Method} {request.PathTemplate} did not complete within its total time budget of {_totalTimeout.TotalSeconds:0.###} s.", exception),
        TimeoutRejectedException timeout => new CustomerIOTimeoutException(
            $"{request.Method.Method} {request.PathTemplate} timed out: no answer within {timeout.Timeout.TotalSeconds:0.###} s.", exception),
        OperationCanceledException => new CustomerIOTimeoutException(
            $"{request.Method.Method} {request.PathTemplate} timed out (the HttpClient's own timeout).", exception),
        HttpRequestException or System.IO.IOException => new CustomerIOConnectionException(
            $"{request.Method.Method} {request.PathTemplate} failed on the network: {exception.GetType().Name}.", exception),
        _ => new CustomerIOException(
            $"{request.Method.Method} {request.PathTemplate} failed: {exception.GetType().Name}.", exception),
    };

#if NET5_0_OR_GREATER
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(
        "Trimming",
        "IL2026",
        Justification = "AddStrategy validates the gate's options with data annotations; RequestGateStrategy.Options declares none, so trimming removes nothing it checks.")]
#endif
    private ResiliencePipeline<ApiResponse> BuildResilience(CustomerIOClientOptions options)
    {
        var retry = options.Retry.Clone();
        var random = options.Random;
        var builder = new ResiliencePipelineBuilder<ApiResponse> { TimeProvider = options.TimeProvider, Name = "CustomerIO." + _api };
        if (options.TotalTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions
            {
                Timeout = options.TotalTimeout,
                Name = "total",
                OnTimeout = args =>
                {
                    args.Context.Properties.Set(TotalTimeoutKey, true);
                    return default;
                },
            });
        }

        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<ApiResponse>
            {
                MaxRetryAttempts = retry.MaxRetries,
                ShouldHandle = args => new ValueTask<bool>(RetryRules.ShouldRetry(
                    args.Outcome, args.Context.Properties.GetValue(RequestKey, null!), retry, args.Context.CancellationToken)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(RetryRules.Delay(args.AttemptNumber, args.Outcome, retry, random)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    CustomerIOTelemetry.Retries.Add(1, new("customerio.api", _api), new("url.template", request.PathTemplate));
                    Log.Retrying(_logger, request.Method.Method, request.PathTemplate, args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
                    return default;
                },
            });
        }

        if (_gate is { } gate)
        {
            // Inside the retries (every attempt waits its turn) and outside the attempt timeout (waiting is not the attempt).
            builder.AddStrategy(_ => new RequestGateStrategy(gate, RequestKey), new RequestGateStrategy.Options());
        }

        if (options.Timeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout, Name = "attempt" });
        }

        return builder.Build();
    }

    /// <summary>What one call carries from attempt to attempt.</summary>
    private sealed class AttemptState(HttpPipeline pipeline, ApiRequest request)
    {
        public HttpPipeline Pipeline { get; } = pipeline;

        public ApiRequest Request { get; } = request;

        public int Attempts { get; set; }
    }
}
