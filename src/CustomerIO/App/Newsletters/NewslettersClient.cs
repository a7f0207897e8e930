using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>Sending a draft newsletter, written by hand: its body is optional, and it is never repeated after an ambiguous failure.</summary>
public partial class NewslettersClient
{
    /// <summary>Sends a draft newsletter now (<c>POST /v1/newsletters/{newsletter_id}/send</c>) to its recipients.</summary>
    /// <param name="newsletterId">The newsletter id.</param>
    /// <param name="options">A rate limit for the send; none when omitted (no body is sent).</param>
    /// <param name="cancellationToken">Cancels the call (a send already received by Customer.io may still go out).</param>
    /// <returns>The newsletter, as sent.</returns>
    /// <exception cref="CustomerIOValidationException">The id is not positive or the rate limit is not one Customer.io accepts.</exception>
    public virtual Task<Newsletter> SendAsync(long newsletterId, NewsletterSend? options = null, CancellationToken cancellationToken = default)
    {
        var request = AppOperations.NewslettersSend.For(PathValue.Number(newsletterId, nameof(newsletterId)));
        if (options is not null)
        {
            request = request.WithJson(AppJson.Body(options, AppJsonContext.Wire.NewsletterSend, nameof(options)));
        }

        return Pipeline.SendAsync(request, AppJsonContext.Wire.NewsletterAnswer, static answer => answer.Newsletter, cancellationToken);
    }
}
