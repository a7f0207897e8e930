using System.Text.Json;

namespace CustomerIO.Emulator.State;

/// <summary>Immutable snapshots of the state for the C# inspection API and the admin endpoints.</summary>
internal sealed partial class EmulatorState
{
    public IReadOnlyList<EmulatedPerson> GetPeople() =>
        [.. People.All.Select(Snapshot).OrderBy(p => p.CioId, StringComparer.Ordinal)];

    public EmulatedPerson? FindPerson(string identifier) =>
        People.Find(IdentifierKind.Path, identifier) is { } person ? Snapshot(person) : null;

    /// <summary>Stored events, oldest first; for one person when <paramref name="identifier"/> is given (id, email or cio_ id).</summary>
    public IReadOnlyList<EmulatedEvent> GetEvents(string? identifier = null)
    {
        Person? filter = null;
        if (identifier is not null)
        {
            filter = People.Find(IdentifierKind.Path, identifier);
            if (filter is null)
            {
                return [];
            }
        }

        var events = new List<EmulatedEvent>();
        foreach (var stored in Events.Snapshot())
        {
            var owner = stored.Owner;
            if (filter is null || owner == filter)
            {
                events.Add(new EmulatedEvent
                {
                    PersonCioId = owner?.CioId,
                    AnonymousId = stored.Anonymous?.AnonymousId,
                    Name = stored.Name,
                    Id = stored.Id,
                    Type = stored.Type,
                    Timestamp = stored.Timestamp,
                    Data = ToElement(stored.Data),
                    ReceivedAt = stored.ReceivedAt,
                });
            }
        }

        return events;
    }

    public IReadOnlyList<EmulatedDevice> GetDevices(string? identifier = null)
    {
        if (identifier is null)
        {
            return [.. GetPeople().SelectMany(p => p.Devices)];
        }

        return FindPerson(identifier)?.Devices ?? [];
    }

    public IReadOnlyList<EmulatedObject> GetObjects()
    {
        // One pass over people collects every relationship, grouped by object.
        var related = new Dictionary<ObjectKey, List<EmulatedRelationship>>();
        foreach (var person in People.All)
        {
            lock (person.Gate)
            {
                foreach (var (key, attributes) in person.Relationships)
                {
                    if (!related.TryGetValue(key, out var list))
                    {
                        related[key] = list = [];
                    }

                    list.Add(Relationship(person.CioId, null, key, attributes));
                }
            }
        }

        var objects = new List<EmulatedObject>();
        foreach (var stored in Objects.All)
        {
            lock (stored.Gate)
            {
                var relationships = related.GetValueOrDefault(stored.Key) ?? [];
                relationships.AddRange(stored.AnonymousRelationships.Select(a => Relationship(null, a.Key, stored.Key, a.Value)));
                objects.Add(new EmulatedObject
                {
                    ObjectTypeId = stored.Key.TypeId,
                    ObjectId = stored.Key.ObjectId,
                    CioObjectId = stored.CioObjectId,
                    Attributes = ToElements(stored.Attributes),
                    Relationships = relationships,
                    CreatedAt = stored.CreatedAt,
                    UpdatedAt = stored.UpdatedAt,
                });
            }
        }

        return [.. objects.OrderBy(o => o.ObjectTypeId, StringComparer.Ordinal).ThenBy(o => o.ObjectId, StringComparer.Ordinal)];
    }

    public EmulatorCounters GetCounters() => Counters.Snapshot(EventsReceived);

    private static EmulatedPerson Snapshot(Person person)
    {
        lock (person.Gate)
        {
            return new EmulatedPerson
            {
                CioId = person.CioId,
                Id = person.Id,
                Email = person.Email,
                Phone = person.Phone,
                Attributes = ToElements(person.Attributes),
                Devices = [.. person.Devices.Values.OrderBy(d => d.Token, StringComparer.Ordinal).Select(d => new EmulatedDevice
                {
                    Token = d.Token,
                    Platform = d.Platform,
                    LastUsed = d.LastUsed,
                    Attributes = ToElement(d.Attributes),
                    PersonCioId = person.CioId,
                    UpdatedAt = d.UpdatedAt,
                })],
                SubscriptionTopics = new SortedDictionary<string, bool>(person.Topics, StringComparer.Ordinal),
                Segments = [.. person.Segments.Order(StringComparer.Ordinal)],
                Relationships = [.. person.Relationships.Select(r => Relationship(person.CioId, null, r.Key, r.Value))],
                AnonymousIds = [.. person.AnonymousProfiles.Select(a => a.AnonymousId)],
                EventCount = person.EventCount + person.AnonymousProfiles.Sum(a => a.EventCount),
                CreatedAt = person.CreatedAt,
                UpdatedAt = person.UpdatedAt,
            };
        }
    }

    private static EmulatedRelationship Relationship(string? personCioId, string? anonymousId, ObjectKey key, byte[]? attributes) => new()
    {
        PersonCioId = personCioId,
        AnonymousId = anonymousId,
        ObjectTypeId = key.TypeId,
        ObjectId = key.ObjectId,
        Attributes = ToElement(attributes),
    };

    private static SortedDictionary<string, JsonElement> ToElements(Dictionary<string, byte[]> raw)
    {
        var result = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in raw)
        {
            result[name] = ToElement(value)!.Value;
        }

        return result;
    }

    private static JsonElement? ToElement(byte[]? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var reader = new Utf8JsonReader(raw);
        return JsonElement.ParseValue(ref reader);
    }
}
