// A minimal API app: identifies people when they sign up and tracks what they do through the TrackQueue, so no
// request waits on Customer.io. Configured from appsettings.json ("CustomerIO" section); the Development settings
// point at a local emulator. Run both (from the repository root):
//   dotnet run --project src/CustomerIO.Emulator -- --port 4010
//   dotnet run --project samples/CustomerIO.Samples.AspNetCore -- --environment Development --urls http://127.0.0.1:5080
// (the options after "--" go to the app: `dotnet run --environment` is the SDK's own option, for environment
// variables). Then:
//   curl -i -X POST http://127.0.0.1:5080/signup -H 'Content-Type: application/json' -d '{"userId":"42","email":"ada@example.com","plan":"pro"}'
//   curl -s http://127.0.0.1:4010/_emulator/people
// Reporting webhooks: start the emulator with `--webhook-url http://127.0.0.1:5080/webhooks/customerio
// --webhook-secret emulator-webhook-secret` (the Development secret) and each transactional send it receives is
// followed by signed sent and delivered webhooks; or send one on demand:
//   curl -s -X POST http://127.0.0.1:4010/_emulator/webhooks/trigger -d '{"object_type":"email","metric":"clicked"}'
//   curl -s http://127.0.0.1:5080/webhooks/customerio/received
using CustomerIO.Track;
using CustomerIO;
using CustomerIO.Samples.AspNetCore;
using CustomerIO.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCustomerIO(builder.Configuration.GetSection("CustomerIO"));
builder.Services.AddHealthChecks().AddCustomerIO();

// Reporting webhooks: the secrets are CustomerIO:Webhooks:SigningSecrets. Acknowledged at once and handled in the
// background, so a slow handler never runs past Customer.io's 4-second wait (and makes it retry).
builder.Services.AddCustomerIOWebhooks(o => o.ProcessInBackground = true);
builder.Services.AddSingleton<ReceivedWebhooks>();

// Input the SDK refuses (an empty user id, an attribute over Customer.io's limits) answers 400 with a
// problem-details body, not 500 and a stack trace: see CustomerIOProblemDetails.cs.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<CustomerIOProblemDetails>();

var app = builder.Build();
app.UseExceptionHandler();
app.MapHealthChecks("/health");

app.MapCustomerIOWebhooks("/webhooks/customerio", (webhookEvent, cancellationToken) =>
{
    // Switch on the event's type, then its metric; an event this SDK version does not know arrives as
    // UnrecognizedWebhookEvent, with the whole payload in Json.
    var summary = webhookEvent switch
    {
        EmailEvent { Metric.Value: "clicked" } email => $"email clicked: {email.Data.Href}",
        EmailEvent { Metric.Value: "bounced" } email => $"email bounced: {email.Data.FailureMessage}",
        EmailEvent email => $"email {email.Metric} (delivery {email.Data.DeliveryId})",
        PushEvent push => $"push {push.Metric} on {push.Data.Recipients?.Count ?? 0} devices",
        CustomerEvent person => $"person {person.Data.CustomerId} {person.Metric}",
        UnrecognizedWebhookEvent other => $"not typed: {other.Reason}",
        _ => $"{webhookEvent.ObjectType} {webhookEvent.Metric}",
    };
    app.Services.GetRequiredService<ReceivedWebhooks>().Add(webhookEvent, summary);
    return Task.CompletedTask;
});

// What the webhook endpoint received (newest last), to watch it work.
app.MapGet("/webhooks/customerio/received", (ReceivedWebhooks received) => received.Snapshot());

app.MapPost("/signup", (SignUp request, TrackQueue customerIO) =>
{
    var person = PersonIdentifier.Id(request.UserId ?? ""); // an empty or absent id throws CustomerIOValidationException: a 400
    var identify = customerIO.Identify(
        person,
        new Dictionary<string, object?> { ["email"] = request.Email, ["plan"] = request.Plan },
        new IdentifyOptions { CreatedAt = DateTimeOffset.UtcNow });
    if (!identify.IsAccepted)
    {
        return NotQueued(identify);
    }

    var signedUp = customerIO.Track(person, "signed_up", new Dictionary<string, object?> { ["plan"] = request.Plan });
    return signedUp.IsAccepted ? Results.Accepted() : NotQueued(signedUp);
});

app.MapPost("/users/{userId}/events/{name}", (string userId, string name, Dictionary<string, object?>? data, TrackQueue customerIO) =>
{
    var result = customerIO.Track(userId, name, data);
    return result.IsAccepted ? Results.Accepted() : NotQueued(result);
});

// "Must not lose" events: await the delivery itself.
app.MapPost("/users/{userId}/purchases", async (string userId, Purchase purchase, TrackQueue customerIO, CancellationToken cancellationToken) =>
{
    var operation = PersonOperation.Event(userId, "purchased", new Dictionary<string, object?> { ["order_id"] = purchase.OrderId, ["total"] = purchase.Total });
    var outcome = await customerIO.EnqueueAndWaitAsync(operation, cancellationToken);
    return outcome.Status == OutcomeStatus.Delivered ? Results.Ok(new { outcome.EventId }) : Results.Problem(outcome.ToString());
});

app.Run();

// A refusal from the queue is an answer, not an exception: invalid input is the caller's 400; a full or closed
// queue is this service's 503 (the caller may retry).
static IResult NotQueued(EnqueueResult result) => result.Status == EnqueueStatus.Invalid
    ? Results.Problem(CustomerIOProblemDetails.Invalid(parameter: null, result.Message))
    : Results.Problem($"Not queued: {result.Status}.", statusCode: StatusCodes.Status503ServiceUnavailable);

/// <summary>The sign-up request body.</summary>
internal sealed record SignUp(string? UserId, string? Email, string? Plan);

/// <summary>The purchase request body.</summary>
internal sealed record Purchase(string OrderId, decimal Total);
