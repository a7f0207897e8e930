namespace CustomerIO.Emulator.State;

/// <summary>Person operations. Each answers null when applied, or the reason it was accepted but ignored.</summary>
internal sealed partial class EmulatorState
{
    private const int MaxAttributesPerPerson = 300;

    public string? Identify(IdentifierKind kind, string value, IdentifyCommand command, DateTimeOffset now)
    {
        if (IsSuppressed(kind, value) || (command.Email is { } email && IsSuppressed(IdentifierKind.Email, email)))
        {
            return IgnoredReasons.Suppressed;
        }

        var person = command.UpdateOnly ? People.Find(kind, value) : People.GetOrCreate(kind, value, now);
        if (person is null)
        {
            return command.UpdateOnly ? IgnoredReasons.UpdateOnlyMissing : IgnoredReasons.UnknownCioId;
        }

        lock (person.Gate)
        {
            if (command.Timestamp is { } timestamp)
            {
                if (timestamp < person.LastTimestamp)
                {
                    return IgnoredReasons.StaleTimestamp;
                }

                person.LastTimestamp = timestamp;
            }

            foreach (var (name, raw) in command.Attributes)
            {
                if (name is "id" or "email" or "phone")
                {
                    continue;
                }

                if (raw is null)
                {
                    person.Attributes.Remove(name);
                }
                else if (person.Attributes.Count < MaxAttributesPerPerson || person.Attributes.ContainsKey(name))
                {
                    person.Attributes[name] = raw;
                }
            }

            if (command.Topics is { } topics)
            {
                foreach (var (topic, subscribed) in topics)
                {
                    person.Topics[topic] = subscribed;
                }
            }

            person.UpdatedAt = now;
        }

        // Customer.io changes a person's id only when they are addressed by cio_id; email may change freely.
        var byCioId = kind == IdentifierKind.CioId || (kind == IdentifierKind.Path && value.StartsWith("cio_", StringComparison.Ordinal));
        var newId = command.Id is not null && (byCioId || person.Id is null) ? command.Id : null;
        if (newId is not null || command.Email is not null || command.Phone is not null)
        {
            People.SetIdentity(person, newId, command.Email, command.Phone);
        }

        if (command.AnonymousId is { } anonymousId)
        {
            LinkAnonymous(person, anonymousId);
        }

        if (command.Relationships.Count > 0)
        {
            ApplyPersonRelationships(person, command.Relationships, command.DeleteRelationships, now);
        }

        return null;
    }

    public string? DeletePerson(IdentifierKind kind, string value)
    {
        var person = People.Find(kind, value);
        if (person is null)
        {
            return IgnoredReasons.NotFound;
        }

        Remove(person);
        return null;
    }

    public void Suppress(IdentifierKind kind, string value)
    {
        var keys = new List<string> { SuppressionKey(kind, value) };
        if (People.Find(kind, value) is { } person)
        {
            keys.Add("cio_" + person.CioId);
            keys.AddRange(new[] { person.Id, person.Email, person.Phone }.OfType<string>());
            Remove(person);
        }

        Suppressed.Add(keys);
    }

    public void Unsuppress(IdentifierKind kind, string value) => Suppressed.Remove(SuppressionKey(kind, value));

    public string? Merge(IdentifierKind primaryKind, string primaryValue, IdentifierKind secondaryKind, string secondaryValue, DateTimeOffset now)
    {
        var secondary = People.Find(secondaryKind, secondaryValue);
        if (secondary is null)
        {
            return IgnoredReasons.NotFound;
        }

        var primary = People.GetOrCreate(primaryKind, primaryValue, now);
        if (primary is null)
        {
            return IgnoredReasons.UnknownCioId;
        }

        if (primary == secondary)
        {
            return null;
        }

        var (first, second) = string.CompareOrdinal(primary.CioId, secondary.CioId) < 0 ? (primary, secondary) : (secondary, primary);
        string? inheritedEmail = null;
        lock (first.Gate)
        {
            lock (second.Gate)
            {
                foreach (var (name, raw) in secondary.Attributes)
                {
                    primary.Attributes.TryAdd(name, raw);
                }

                foreach (var (token, device) in secondary.Devices)
                {
                    primary.Devices[token] = device;
                    _deviceOwners[token] = primary;
                }

                foreach (var (topic, subscribed) in secondary.Topics)
                {
                    primary.Topics.TryAdd(topic, subscribed);
                }

                primary.Segments.UnionWith(secondary.Segments);
                foreach (var (key, attributes) in secondary.Relationships)
                {
                    primary.Relationships.TryAdd(key, attributes);
                }

                foreach (var profile in secondary.AnonymousProfiles)
                {
                    profile.LinkedPerson = primary;
                    primary.AnonymousProfiles.Add(profile);
                }

                primary.AddEvents(secondary.EventCount);
                inheritedEmail = primary.Email is null ? secondary.Email : null;
                secondary.MergedInto = primary;
                primary.UpdatedAt = now;
            }
        }

        People.Remove(secondary);
        if (inheritedEmail is not null)
        {
            People.SetIdentity(primary, null, inheritedEmail, null);
        }

        return null;
    }

    /// <summary>Adds or removes manual segment membership; answers how many identifiers matched nobody (they are ignored).</summary>
    public string? ChangePersonRelationships(IdentifierKind kind, string value, List<RelationshipChange> changes, bool delete, DateTimeOffset now)
    {
        if (IsSuppressed(kind, value))
        {
            return IgnoredReasons.Suppressed;
        }

        var person = delete ? People.Find(kind, value) : People.GetOrCreate(kind, value, now);
        if (person is null)
        {
            return delete ? IgnoredReasons.NotFound : IgnoredReasons.UnknownCioId;
        }

        ApplyPersonRelationships(person, changes, delete, now);
        return null;
    }

    private void ApplyPersonRelationships(Person person, List<RelationshipChange> changes, bool delete, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            var target = delete ? Objects.Find(change.Object, change.CioObjectId) : Objects.GetOrCreate(change.Object, change.CioObjectId, now);
            if (target is null)
            {
                continue;
            }

            lock (person.Gate)
            {
                if (delete)
                {
                    person.Relationships.Remove(target.Key);
                }
                else
                {
                    person.Relationships[target.Key] = change.Attributes;
                }

                person.UpdatedAt = now;
            }
        }
    }

    private void LinkAnonymous(Person person, string anonymousId)
    {
        var profile = People.GetOrAddAnonymous(anonymousId);
        var previous = profile.LinkedPerson;
        if (previous == person)
        {
            return;
        }

        if (previous is not null)
        {
            lock (previous.Gate)
            {
                previous.AnonymousProfiles.Remove(profile);
            }
        }

        lock (person.Gate)
        {
            profile.LinkedPerson = person;
            person.AnonymousProfiles.Add(profile);
        }
    }

    private void Remove(Person person)
    {
        People.Remove(person);
        lock (person.Gate)
        {
            foreach (var token in person.Devices.Keys)
            {
                _deviceOwners.TryRemove(new KeyValuePair<string, Person>(token, person));
            }
        }
    }
}
