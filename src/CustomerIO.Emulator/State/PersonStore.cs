using System.Collections.Concurrent;
using System.Globalization;

namespace CustomerIO.Emulator.State;

/// <summary>
/// People and their identifier indexes. Reads are lock-free (span lookups, no string per request);
/// index changes (create, re-identify, delete) take one store-wide lock, as they are rare next to events.
/// </summary>
internal sealed class PersonStore
{
    private readonly ConcurrentDictionary<string, Person> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Person> _byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Person> _byPhone = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Person> _byCioId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnonymousProfile> _anonymous = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _nextCioId;

    public ICollection<Person> All => _byCioId.Values;

    public Person? Find(IdentifierKind kind, ReadOnlySpan<char> value)
    {
        if (kind == IdentifierKind.Path)
        {
            if (value.StartsWith("cio_", StringComparison.Ordinal))
            {
                return Lookup(_byCioId, value[4..]);
            }

            return Lookup(_byId, value) ?? Lookup(_byEmail, value);
        }

        return Lookup(Index(kind), value);
    }

    /// <summary>Finds or creates the person; null when addressed by an unknown cio id (those cannot be created).</summary>
    public Person? GetOrCreate(IdentifierKind kind, ReadOnlySpan<char> value, DateTimeOffset now)
    {
        if (Find(kind, value) is { } existing)
        {
            return existing;
        }

        if (kind == IdentifierKind.CioId || (kind == IdentifierKind.Path && value.StartsWith("cio_", StringComparison.Ordinal)))
        {
            return null;
        }

        lock (_gate)
        {
            if (Find(kind, value) is { } raced)
            {
                return raced;
            }

            var createAs = kind == IdentifierKind.Path ? (value.Contains('@') ? IdentifierKind.Email : IdentifierKind.Id) : kind;
            var cioId = string.Create(CultureInfo.InvariantCulture, $"ce{Interlocked.Increment(ref _nextCioId):x10}");
            var person = new Person(cioId, now);
            var text = value.ToString();
            switch (createAs)
            {
                case IdentifierKind.Email: person.Email = text; break;
                case IdentifierKind.Phone: person.Phone = text; break;
                default: person.Id = text; break;
            }

            Index(createAs)[text] = person;
            _byCioId[cioId] = person;
            return person;
        }
    }

    /// <summary>Changes a person's id, email or phone (null leaves it as is) and re-indexes them.</summary>
    public void SetIdentity(Person person, string? id, string? email, string? phone)
    {
        lock (_gate)
        {
            if (person.Deleted)
            {
                return;
            }

            person.Id = Reindex(_byId, person, person.Id, id);
            person.Email = Reindex(_byEmail, person, person.Email, email);
            person.Phone = Reindex(_byPhone, person, person.Phone, phone);
        }
    }

    public void Remove(Person person)
    {
        lock (_gate)
        {
            Unindex(_byId, person.Id, person);
            Unindex(_byEmail, person.Email, person);
            Unindex(_byPhone, person.Phone, person);
            Unindex(_byCioId, person.CioId, person);
            person.Deleted = true;
        }
    }

    public AnonymousProfile GetOrAddAnonymous(ReadOnlySpan<char> anonymousId)
    {
        var lookup = _anonymous.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(anonymousId, out var profile))
        {
            return profile;
        }

        var key = anonymousId.ToString();
        return _anonymous.GetOrAdd(key, static k => new AnonymousProfile(k));
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _byEmail.Clear();
            _byPhone.Clear();
            _byCioId.Clear();
            _anonymous.Clear();
        }
    }

    private static Person? Lookup(ConcurrentDictionary<string, Person> index, ReadOnlySpan<char> value) =>
        index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var person) ? person : null;

    private static string? Reindex(ConcurrentDictionary<string, Person> index, Person person, string? current, string? next)
    {
        if (next is null || string.Equals(current, next, StringComparison.Ordinal))
        {
            return current;
        }

        Unindex(index, current, person);
        index[next] = person;
        return next;
    }

    private static void Unindex(ConcurrentDictionary<string, Person> index, string? key, Person person)
    {
        if (key is not null)
        {
            index.TryRemove(new KeyValuePair<string, Person>(key, person));
        }
    }

    private ConcurrentDictionary<string, Person> Index(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Email => _byEmail,
        IdentifierKind.Phone => _byPhone,
        IdentifierKind.CioId => _byCioId,
        _ => _byId,
    };
}
