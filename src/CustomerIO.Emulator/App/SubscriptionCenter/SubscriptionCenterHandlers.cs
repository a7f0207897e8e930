using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.SubscriptionCenter;

/// <summary>
/// The subscription centre: its topics and channels (seeded resources; a person's preferences read the topics too) and
/// a person's link token. The token is <c>emsc_</c> and the base64url of the person's cio_id and the token's expiry
/// (24 hours); the link points at <c>/u/i/{token}/</c> on the emulator's host, which the emulator does not serve.
/// </summary>
internal sealed class SubscriptionCenterHandlers
{
    public const string TopicsKind = "subscription_topics";
    public const string ChannelsKind = "subscription_channels";

    private readonly EmulatorState _state;

    public SubscriptionCenterHandlers(EmulatorState state)
    {
        _state = state;
        Topics(state);
        Channels(state);
    }

    /// <summary>The topics store, defined with its seed on first use.</summary>
    public static ResourceStore Topics(EmulatorState state) => state.Resources.Define(TopicsKind, static () =>
    [
        Topic(1, "Offers", "Deals and discounts.", true),
        Topic(2, "News and Programs", "What is new.", true),
        Topic(3, "Feedback", "Surveys about our service.", false),
    ]);

    private static ResourceStore Channels(EmulatorState state) => state.Resources.Define(ChannelsKind, static () =>
    [
        Channel(1, "Email", "email", "Email messages"),
        Channel(2, "SMS", "twilio", "Text messages"),
        Channel(3, "Push", "push", "Push notifications"),
    ]);

    public Reply ListTopics(HttpContext context) => JsonAnswers.Finish(_state, "app.list_subscription_topics", JsonAnswers.Ok(new JsonObject
    {
        ["topics"] = new JsonArray([.. Topics(_state).All().Select(t =>
        {
            var id = ResourceStore.IdOf(t)!.Value;
            return (JsonNode)new JsonObject
            {
                ["id"] = id,
                ["identifier"] = "topic_" + id.ToString(CultureInfo.InvariantCulture),
                ["name"] = (string?)t["name"],
                ["description"] = (string?)t["description"],
                ["subscribed_by_default"] = (bool?)t["subscribed_by_default"],
            };
        })]),
    }));

    public Reply ListChannels(HttpContext context) =>
        JsonAnswers.Finish(_state, "app.list_subscription_channels", JsonAnswers.Ok(new JsonObject { ["channels"] = new JsonArray([.. Channels(_state).All()]) }));

    /// <summary>A person by id, else by email; an unknown person is a 400, as documented.</summary>
    public Reply Token(HttpContext context)
    {
        const string Operation = "app.get_subscription_center_token";
        var identifier = RawPath.Segment(context, 3);
        var person = _state.People.Find(IdentifierKind.Id, identifier) ?? _state.People.Find(IdentifierKind.Email, identifier);
        if (person is null)
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("customer_id", "customer_id matches no person of the workspace")));
        }

        var expires = (_state.Now() + TimeSpan.FromHours(24)).ToUnixTimeSeconds();
        var token = "emsc_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(person.CioId + ":" + expires.ToString(CultureInfo.InvariantCulture)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var url = $"{context.Request.Scheme}://{context.Request.Host}/u/i/{token}/";
        return JsonAnswers.Finish(_state, Operation, JsonAnswers.Ok(new JsonObject { ["token"] = token, ["url"] = url }));
    }

    private static JsonObject Topic(long id, string name, string description, bool subscribedByDefault) =>
        new() { ["id"] = id, ["name"] = name, ["description"] = description, ["subscribed_by_default"] = subscribedByDefault };

    private static JsonObject Channel(long id, string name, string type, string description) =>
        new() { ["id"] = id, ["name"] = name, ["description"] = description, ["type"] = type, ["subscribed_by_default"] = true };
}
