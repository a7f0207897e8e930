// A minimal API app: identifies people when they sign up and tracks what they do through the TrackQueue, so no
// request waits on Customer.io. Configured from appsettings.json ("CustomerIO" section); the Development settings
// point at a local emulator:
//   dotnet run --project src/CustomerIO.Emulator -- --port 4010
//   dotnet run --project samples/CustomerIO.Samples.AspNetCore --environment Development
using CustomerIO;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCustomerIO(builder.Configuration.GetSection("CustomerIO"));
builder.Services.AddHealthChecks().AddCustomerIO();

var app = builder.Build();
app.MapHealthChecks("/health");

app.MapPost("/signup", (SignUp request, TrackQueue customerIO) =>
{
    var person = PersonIdentifier.Id(request.UserId);
    var identify = customerIO.Identify(
        person,
        new Dictionary<string, object?> { ["email"] = request.Email, ["plan"] = request.Plan },
        new IdentifyOptions { CreatedAt = DateTimeOffset.UtcNow });
    var signedUp = customerIO.Track(person, "signed_up", new Dictionary<string, object?> { ["plan"] = request.Plan });

    // A refusal (queue full, invalid input) is an answer, not an exception: decide what it means for your app.
    return identify.IsAccepted && signedUp.IsAccepted
        ? Results.Accepted()
        : Results.Problem($"Not queued: {identify} / {signedUp}", statusCode: StatusCodes.Status503ServiceUnavailable);
});

app.MapPost("/users/{userId}/events/{name}", (string userId, string name, Dictionary<string, object?>? data, TrackQueue customerIO) =>
{
    var result = customerIO.Track(userId, name, data);
    return result.IsAccepted ? Results.Accepted() : Results.BadRequest(result.Message);
});

// "Must not lose" events: await the delivery itself.
app.MapPost("/users/{userId}/purchases", async (string userId, Purchase purchase, TrackQueue customerIO, CancellationToken cancellationToken) =>
{
    var operation = PersonOperation.Event(userId, "purchased", new Dictionary<string, object?> { ["order_id"] = purchase.OrderId, ["total"] = purchase.Total });
    var outcome = await customerIO.EnqueueAndWaitAsync(operation, cancellationToken);
    return outcome.Status == OutcomeStatus.Delivered ? Results.Ok(new { outcome.EventId }) : Results.Problem(outcome.ToString());
});

app.Run();

/// <summary>The sign-up request body.</summary>
internal sealed record SignUp(string UserId, string Email, string Plan);

/// <summary>The purchase request body.</summary>
internal sealed record Purchase(string OrderId, decimal Total);
