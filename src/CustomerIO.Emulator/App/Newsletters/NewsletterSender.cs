using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Reads;
using CustomerIO.Emulator.App.Sends;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.App.Resources;

namespace CustomerIO.Emulator.App.Newsletters;

/// <summary>
/// Sends a newsletter: one delivery (<see cref="EmulatorState.Deliveries"/>) per person its <c>recipients</c> filter
/// matches, people ordered by cio id; with A/B test groups, people take the groups in turn; within a group, the content
/// in the person's <c>language</c> attribute, else the default language. Subject, body and recipient are rendered with
/// the person's attributes (<see cref="LiquidText"/>). Scheduled newsletters go out on the first newsletter request at
/// or after their time.
/// </summary>
internal sealed class NewsletterSender(EmulatorState state, NewsletterStore store)
{
    private readonly Lock _gate = new();

    /// <summary>Sends what was scheduled at or before now and is still a draft.</summary>
    public void DeliverDue(DateTimeOffset now)
    {
        foreach (var newsletter in store.Newsletters.All())
        {
            if (ResourceJson.Long(newsletter, "scheduled_at") is { } at && at > 0 && at <= now.ToUnixTimeSeconds() && newsletter["sent_at"] is null)
            {
                Send(ResourceJson.Long(newsletter, "id")!.Value, now);
            }
        }
    }

    /// <summary>Creates the deliveries and marks the newsletter sent (once, even when two calls race); answers how many were made, or null when it was already sent.</summary>
    public int? Send(long id, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (store.Newsletters.Find(id) is not { } newsletter || newsletter["sent_at"] is not null)
            {
                return null;
            }

            var made = 0;
            if (newsletter["recipients"] is JsonObject recipients)
            {
                using var filter = JsonDocument.Parse(recipients.ToJsonString());
                var people = state.GetPeople().Where(p => CustomerSearchHandlers.Matches(filter.RootElement, p)).OrderBy(p => p.CioId, StringComparer.Ordinal).ToList();
                var groups = store.ContentsOf(id).GroupBy(c => ResourceJson.Long(c, "test_group_id")).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
                for (var i = 0; i < people.Count && groups.Count > 0; i++)
                {
                    var content = Pick(groups[i % groups.Count], people[i]);
                    if (!state.SinkMode)
                    {
                        state.Deliveries.Add(Delivery(newsletter, content, people[i], now));
                    }

                    made++;
                }
            }

            store.Newsletters.Update(id, n =>
            {
                n["sent_at"] = now.ToUnixTimeSeconds();
                n["updated"] = now.ToUnixTimeSeconds();
                n["scheduled_at"] = null;
            });
            return made;
        }
    }

    private static JsonObject Pick(List<JsonObject> contents, EmulatedPerson person)
    {
        var language = person.Attributes.TryGetValue("language", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return contents.FirstOrDefault(c => language is not null && ResourceJson.Text(c, "language") == language)
            ?? contents.FirstOrDefault(c => string.IsNullOrEmpty(ResourceJson.Text(c, "language")))
            ?? contents[0];
    }

    private EmulatedDelivery Delivery(JsonObject newsletter, JsonObject content, EmulatedPerson person, DateTimeOffset now)
    {
        var type = ResourceJson.Text(newsletter, "type") ?? "email";
        var identifiers = person.Id is { } pid
            ? new Dictionary<string, string> { ["id"] = pid }
            : person.Email is { } email ? new Dictionary<string, string> { ["email"] = email } : new Dictionary<string, string> { ["cio_id"] = person.CioId };
        var recipient = LiquidText.Render(ResourceJson.Text(content, "recipient"), null, person);
        return new EmulatedDelivery
        {
            DeliveryId = state.NewDeliveryId(),
            Type = type,
            Identifiers = identifiers,
            PersonCioId = person.CioId,
            To = string.IsNullOrEmpty(recipient) ? (type == "twilio" ? person.Phone : person.Email) ?? person.Id : recipient,
            Subject = LiquidText.Render(ResourceJson.Text(content, "subject"), null, person),
            Body = LiquidText.Render(ResourceJson.Text(content, "body") ?? ResourceJson.Text(content, "body_json"), null, person),
            NewsletterId = ResourceJson.Long(newsletter, "id"),
            ContentId = ResourceJson.Long(content, "id"),
            QueuedAt = now,
        };
    }
}
