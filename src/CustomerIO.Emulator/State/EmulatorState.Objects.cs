namespace CustomerIO.Emulator.State;

/// <summary>Object operations (v2 <c>type: object</c>).</summary>
internal sealed partial class EmulatorState
{
    private const int MaxAttributesPerObject = 300;

    public string? IdentifyObject(ObjectKey? key, string? cioObjectId, IdentifyCommand command, DateTimeOffset now)
    {
        var target = Objects.GetOrCreate(key, cioObjectId, now);
        if (target is null)
        {
            return IgnoredReasons.UnknownCioId;
        }

        lock (target.Gate)
        {
            foreach (var (name, raw) in command.Attributes)
            {
                if (raw is null)
                {
                    target.Attributes.Remove(name);
                }
                else if (target.Attributes.Count < MaxAttributesPerObject || target.Attributes.ContainsKey(name))
                {
                    target.Attributes[name] = raw;
                }
            }

            target.UpdatedAt = now;
        }

        ApplyObjectRelationships(target, command.Relationships, delete: false, now);
        return null;
    }

    public string? DeleteObject(ObjectKey? key, string? cioObjectId)
    {
        var target = Objects.Find(key, cioObjectId);
        if (target is null || !Objects.Remove(target))
        {
            return IgnoredReasons.NotFound;
        }

        foreach (var person in People.All)
        {
            lock (person.Gate)
            {
                person.Relationships.Remove(target.Key);
            }
        }

        return null;
    }

    public string? ChangeObjectRelationships(ObjectKey? key, string? cioObjectId, List<RelationshipChange> changes, bool delete, DateTimeOffset now)
    {
        var target = delete ? Objects.Find(key, cioObjectId) : Objects.GetOrCreate(key, cioObjectId, now);
        if (target is null)
        {
            return delete ? IgnoredReasons.NotFound : IgnoredReasons.UnknownCioId;
        }

        ApplyObjectRelationships(target, changes, delete, now);
        return null;
    }

    private void ApplyObjectRelationships(StoredObject target, List<RelationshipChange> changes, bool delete, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            if (change.AnonymousId is { } anonymousId)
            {
                lock (target.Gate)
                {
                    if (delete)
                    {
                        target.AnonymousRelationships.Remove(anonymousId);
                    }
                    else
                    {
                        target.AnonymousRelationships[anonymousId] = change.Attributes;
                    }
                }

                continue;
            }

            if (change.PersonValue is not { } value || IsSuppressed(change.PersonKind, value))
            {
                continue;
            }

            var person = delete ? People.Find(change.PersonKind, value) : People.GetOrCreate(change.PersonKind, value, now);
            if (person is null)
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
}
