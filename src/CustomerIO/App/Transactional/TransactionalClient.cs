using CustomerIO.Transport;

namespace CustomerIO.App;

/// <summary>The six transactional sends, written by hand: each validates everything before sending, and none is repeated after an ambiguous failure.</summary>
public partial class TransactionalClient
{
    /// <summary>Sends a transactional email (<c>POST /v1/send/email</c>).</summary>
    /// <param name="email">The email.</param>
    /// <param name="cancellationToken">Cancels the call (a send already received by Customer.io may still go out).</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The email breaks a documented rule (recipients, attachments, template, send time).</exception>
    public virtual Task<TransactionalSendResult> SendEmailAsync(TransactionalEmail email, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendEmail, email, nameof(email), cancellationToken);

    /// <summary>Sends a transactional push notification (<c>POST /v1/send/push</c>).</summary>
    /// <param name="push">The push.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The push breaks a documented rule.</exception>
    public virtual Task<TransactionalSendResult> SendPushAsync(TransactionalPush push, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendPush, push, nameof(push), cancellationToken);

    /// <summary>Sends a transactional SMS (<c>POST /v1/send/sms</c>).</summary>
    /// <param name="sms">The SMS.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The SMS breaks a documented rule.</exception>
    public virtual Task<TransactionalSendResult> SendSmsAsync(TransactionalSms sms, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendSms, sms, nameof(sms), cancellationToken);

    /// <summary>Sends a transactional WhatsApp message (<c>POST /v1/send/whatsapp</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The message breaks a documented rule.</exception>
    public virtual Task<TransactionalSendResult> SendWhatsAppAsync(TransactionalWhatsApp message, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendWhatsApp, message, nameof(message), cancellationToken);

    /// <summary>Sends a transactional in-app message (<c>POST /v1/send/in_app</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The message breaks a documented rule.</exception>
    public virtual Task<TransactionalSendResult> SendInAppAsync(TransactionalInApp message, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendInApp, message, nameof(message), cancellationToken);

    /// <summary>Sends a transactional inbox message (<c>POST /v1/send/inbox_message</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The queued delivery.</returns>
    /// <exception cref="CustomerIOValidationException">The message breaks a documented rule.</exception>
    public virtual Task<TransactionalSendResult> SendInboxMessageAsync(TransactionalInboxMessage message, CancellationToken cancellationToken = default) =>
        SendAsync(AppOperations.TransactionalSendInboxMessage, message, nameof(message), cancellationToken);

    private Task<TransactionalSendResult> SendAsync(ApiOperation operation, TransactionalMessage message, string parameterName, CancellationToken cancellationToken)
    {
        if (message is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        var app = _app!;
        var request = operation.For().WithJson(message.ToJson(parameterName, app.Time.GetUtcNow()));
        if (app.WorkspaceId is { } workspace)
        {
            // Documented for service-account tokens on the send endpoints only.
            request = request.WithHeader("X-Workspace-Id", workspace);
        }

        return Pipeline.SendAsync(request, AppJsonContext.Wire.TransactionalSendResult, cancellationToken);
    }
}
