using Polly;

namespace CustomerIO.Transport;

/// <summary>The Polly strategy that puts an <see cref="IRequestGate"/> in front of each attempt.</summary>
internal sealed class RequestGateStrategy(IRequestGate gate, ResiliencePropertyKey<ApiRequest> requestKey) : ResilienceStrategy<ApiResponse>
{
    protected override async ValueTask<Outcome<ApiResponse>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<ApiResponse>>> callback, ResilienceContext context, TState state)
    {
        IRequestTicket ticket;
        try
        {
            ticket = await gate.EnterAsync(context.Properties.GetValue(requestKey, null!), context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception exception)
        {
            return Outcome.FromException<ApiResponse>(exception);
        }

        Outcome<ApiResponse> outcome = default;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
            return outcome;
        }
        finally
        {
            ticket.Complete(outcome.Result);
        }
    }

    /// <summary>The strategy's (empty) options: Polly asks for some.</summary>
    internal sealed class Options : ResilienceStrategyOptions
    {
        public Options() => Name = "rate-gate";
    }
}
