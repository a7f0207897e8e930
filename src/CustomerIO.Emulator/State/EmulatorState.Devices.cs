namespace CustomerIO.Emulator.State;

/// <summary>A person's devices and manual segment membership. Each answers null (or a count) when applied, or the reason it was ignored.</summary>
internal sealed partial class EmulatorState
{
    public string? AddDevice(IdentifierKind kind, string value, DeviceCommand device, DateTimeOffset now)
    {
        if (IsSuppressed(kind, value))
        {
            return IgnoredReasons.Suppressed;
        }

        var person = People.GetOrCreate(kind, value, now);
        if (person is null)
        {
            return IgnoredReasons.UnknownCioId;
        }

        // A token belongs to one person: adding it elsewhere moves it.
        var previous = _deviceOwners.GetValueOrDefault(device.Token);
        if (previous is not null && previous != person)
        {
            lock (previous.Gate)
            {
                previous.Devices.Remove(device.Token);
            }
        }

        lock (person.Gate)
        {
            person.Devices[device.Token] = new StoredDevice(device.Token, device.Platform, device.LastUsed, device.Attributes, now);
            person.UpdatedAt = now;
        }

        _deviceOwners[device.Token] = person;
        return null;
    }

    public string? DeleteDevice(IdentifierKind kind, string value, string token)
    {
        var person = People.Find(kind, value);
        if (person is null)
        {
            return IgnoredReasons.NotFound;
        }

        bool removed;
        lock (person.Gate)
        {
            removed = person.Devices.Remove(token);
        }

        _deviceOwners.TryRemove(new KeyValuePair<string, Person>(token, person));
        return removed ? null : IgnoredReasons.NotFound;
    }

    /// <summary>Moves the secondary's attributes (where the primary lacks them), events, devices, segments and relationships to the primary; the secondary is deleted.</summary>

    public int ChangeSegment(string segmentId, IdentifierKind kind, IReadOnlyList<string> identifiers, bool add, DateTimeOffset now)
    {
        var missing = 0;
        foreach (var identifier in identifiers)
        {
            var person = People.Find(kind, identifier);
            if (person is null)
            {
                missing++;
                continue;
            }

            bool changed;
            lock (person.Gate)
            {
                changed = add ? person.Segments.Add(segmentId) : person.Segments.Remove(segmentId);
                if (changed)
                {
                    person.UpdatedAt = now;
                }
            }

            if (changed && add)
            {
                SegmentJoined?.Invoke(person, segmentId, now);
            }
        }

        return missing;
    }
}
