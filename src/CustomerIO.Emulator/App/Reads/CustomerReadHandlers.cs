using System.Text.Json;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.Reads;

/// <summary>
/// People reads over the shared people store (routed by <see cref="AppRoutes"/>): <c>GET /customers?email=</c>, and
/// <c>/customers/{id}/attributes|messages|activities</c> with <c>id_type</c> (id, email, cio_id; default id).
/// </summary>
internal sealed class CustomerReadHandlers(EmulatorState state)
{
    private static readonly AppJsonContext Json = AppJsonContext.Default;

    public Reply ByEmail(HttpContext context)
    {
        const string Operation = "app.get_customers_by_email";
        var email = context.Request.Query["email"].ToString();
        if (email.Length == 0)
        {
            return AppEndpoint.Finish(state, Operation, AppOutcome.Fail(Errors.Required("email")));
        }

        var person = state.People.Find(IdentifierKind.Email, email) is { } found ? state.FindPerson("cio_" + found.CioId) : null;
        PersonIdentifiers[] results = person is null ? [] : [PersonIdentifiers.Of(person)];
        return AppEndpoint.Finish(state, Operation, AppOutcome.Ok(new CustomerResults(results), Json.CustomerResults));
    }

    /// <summary>The person's profile, attributes as text (<see cref="Customers.JsonAnswers.Profile"/>).</summary>
    public Reply Attributes(HttpContext context) => WithPerson(context, "app.get_attributes", (_, person) =>
        Customers.JsonAnswers.Ok(new System.Text.Json.Nodes.JsonObject { ["customer"] = Customers.JsonAnswers.Profile(person) }));

    /// <summary>The person's transactional deliveries, newest first.</summary>
    public Reply Messages(HttpContext context) => WithPerson(context, "app.get_customer_messages", (context, person) =>
    {
        if (Page.Parse(context, out var page) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var messages = state.Deliveries.Snapshot().Where(d => d.PersonCioId == person.CioId).Reverse().ToList();
        return AppOutcome.Ok(new MessagesPage(page.Of(messages, d => MessageBody.Of(state, d)), page.Next(messages.Count)), Json.MessagesPage);
    });

    /// <summary>The person's stored events (event, page, screen), newest first (<c>limit</c> 1 to 100, default 10, as documented); <c>type</c> and <c>name</c> filter.</summary>
    public Reply Activities(HttpContext context) => WithPerson(context, "app.get_customer_activities", (context, person) =>
    {
        if (Page.Parse(context, out var page, defaultLimit: 10, maxLimit: 100) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var type = context.Request.Query["type"].ToString();
        var name = context.Request.Query["name"].ToString();
        var events = state.GetEvents("cio_" + person.CioId)
            .Where(e => (type.Length == 0 || e.Type == type) && (name.Length == 0 || e.Name == name))
            .Reverse()
            .ToList();
        var identifiers = PersonIdentifiers.Of(person);
        var activities = page.Of(events, e => new ActivityBody(e.Id, person.Id, identifiers, e.Type, e.Name, e.Timestamp ?? e.ReceivedAt.ToUnixTimeSeconds(), e.Data));
        return AppOutcome.Ok(new ActivitiesPage(activities, page.Next(events.Count)), Json.ActivitiesPage);
    });

    /// <summary>
    /// <c>/customers/{id}/subscription_preferences</c>: the workspace's subscription topics (seeded by
    /// <see cref="SubscriptionCenter.SubscriptionCenterHandlers"/>), each subscribed as the person's
    /// <c>cio_subscription_preferences</c> say (<c>topic_N</c>) or else as the topic's default; <c>unsubscribed</c> is
    /// the person's attribute of that name.
    /// </summary>
    public Reply SubscriptionPreferences(HttpContext context) => WithPerson(context, "app.get_customer_subscription_preferences", (_, person) =>
    {
        var unsubscribed = person.Attributes.TryGetValue("unsubscribed", out var value) && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && value.GetString() == "true"));
        var topics = SubscriptionCenter.SubscriptionCenterHandlers.Topics(state).All()
            .Select(t => new TopicBody(
                State.ResourceStore.IdOf(t)!.Value,
                (string?)t["name"] ?? string.Empty,
                (string?)t["description"],
                person.SubscriptionTopics.TryGetValue("topic_" + State.ResourceStore.IdOf(t), out var chosen) ? chosen : (bool?)t["subscribed_by_default"] ?? false))
            .ToList();
        var body = new SubscriptionPreferencesBody(person.Id, PersonIdentifiers.Of(person), new PreferencesHeader("Manage your subscription preferences", "Check the box next to each topic you'd like to subscribe to."), topics, unsubscribed);
        return AppOutcome.Ok(new SubscriptionPreferencesAnswer(body), Json.SubscriptionPreferencesAnswer);
    });

    /// <summary>
    /// <c>GET /activities</c>: every person's stored events, newest first (<c>limit</c> 1 to 100, default 10, as
    /// documented); <c>type</c>, <c>name</c> and <c>customer_id</c> with <c>id_type</c> filter.
    /// </summary>
    public Reply AllActivities(HttpContext context)
    {
        const string Operation = "app.list_activities";
        if (Page.Parse(context, out var page, defaultLimit: 10, maxLimit: 100) is { } error)
        {
            return AppEndpoint.Finish(state, Operation, AppOutcome.Fail(error));
        }

        var query = context.Request.Query;
        var type = query["type"].ToString();
        var name = query["name"].ToString();
        var customer = query["customer_id"].ToString();
        string? cioId = null;
        if (customer.Length > 0)
        {
            var kind = query["id_type"].ToString() switch { "email" => IdentifierKind.Email, "cio_id" => IdentifierKind.CioId, _ => IdentifierKind.Id };
            cioId = state.People.Find(kind, customer)?.CioId ?? "-";
        }

        var people = state.GetPeople().ToDictionary(p => p.CioId, StringComparer.Ordinal);
        var events = state.GetEvents()
            .Where(e => e.PersonCioId is { } id && people.ContainsKey(id) && (cioId is null || id == cioId))
            .Where(e => (type.Length == 0 || e.Type == type) && (name.Length == 0 || e.Name == name))
            .Reverse()
            .ToList();
        var activities = page.Of(events, e =>
        {
            var person = people[e.PersonCioId!];
            return new ActivityBody(e.Id, person.Id, PersonIdentifiers.Of(person), e.Type, e.Name, e.Timestamp ?? e.ReceivedAt.ToUnixTimeSeconds(), e.Data);
        });
        return AppEndpoint.Finish(state, Operation, AppOutcome.Ok(new ActivitiesPage(activities, page.Next(events.Count)), Json.ActivitiesPage));
    }

    /// <summary>Finds the person of <c>/customers/{id}/...</c> by <c>id_type</c>, answering 400 or 404 when it cannot.</summary>
    internal Reply WithPerson(HttpContext context, string operation, Func<HttpContext, EmulatedPerson, AppOutcome> read)
    {
        var identifier = RawPath.Segment(context, 3);
        IdentifierKind? kind = context.Request.Query["id_type"].ToString() switch
        {
            "" or "id" => IdentifierKind.Id,
            "email" => IdentifierKind.Email,
            "cio_id" => IdentifierKind.CioId,
            _ => null,
        };
        if (kind is null)
        {
            return AppEndpoint.Finish(state, operation, AppOutcome.Fail(Errors.Invalid("id_type", "id_type must be id, email or cio_id")));
        }

        var person = state.People.Find(kind.Value, identifier) is { } found ? state.FindPerson("cio_" + found.CioId) : null;
        return person is null
            ? Replies.MetaError(StatusCodes.Status404NotFound, "customer not found")
            : AppEndpoint.Finish(state, operation, read(context, person));
    }
}
