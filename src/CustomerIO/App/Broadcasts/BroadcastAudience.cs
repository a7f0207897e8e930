using System.Globalization;
using System.Linq;
using System.Text.Json;
using CustomerIO.Serialization;
using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// Who a broadcast trigger sends to, instead of the broadcast's own audience: exactly one of a filter
/// (<see cref="Recipients"/>), ids, emails, per-person data, or a data file. The lists hold at most
/// <see cref="MaxItems"/> items where Customer.io documents that limit (ids, per-person data).
/// </summary>
public sealed class BroadcastAudience
{
    /// <summary>The most ids, or people with their own data, one trigger may name.</summary>
    public const int MaxItems = 10_000;

    private readonly Action<Utf8JsonWriter> _write;

    private BroadcastAudience(string kind, Action<Utf8JsonWriter> write)
    {
        Kind = kind;
        _write = write;
    }

    /// <summary>The audience's wire name: <c>recipients</c>, <c>ids</c>, <c>emails</c>, <c>per_user_data</c> or <c>data_file_url</c>.</summary>
    public string Kind { get; }

    /// <summary>The people a filter matches.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The audience.</returns>
    public static BroadcastAudience Recipients(AudienceFilter filter)
    {
        if (filter is null)
        {
            throw new ArgumentNullException(nameof(filter));
        }

        return new("recipients", w =>
        {
            w.WritePropertyName("recipients");
            filter.Write(w);
        });
    }

    /// <summary>People by id.</summary>
    /// <param name="ids">1 to 10,000 ids.</param>
    /// <returns>The audience.</returns>
    /// <exception cref="CustomerIOValidationException">The list is empty, too long, or holds an empty id.</exception>
    public static BroadcastAudience Ids(IEnumerable<string> ids)
    {
        var list = Items(ids, nameof(ids), "id");
        return new("ids", w => WriteStrings(w, "ids", list));
    }

    /// <summary>People by email address.</summary>
    /// <param name="emails">At least one address.</param>
    /// <returns>The audience.</returns>
    /// <exception cref="CustomerIOValidationException">The list is empty or holds an empty address.</exception>
    public static BroadcastAudience Emails(IEnumerable<string> emails)
    {
        var list = Items(emails, nameof(emails), "email address", limit: null);
        return new("emails", w => WriteStrings(w, "emails", list));
    }

    /// <summary>People each with data of their own for the message's Liquid (<c>per_user_data</c>).</summary>
    /// <param name="people">1 to 10,000 people.</param>
    /// <returns>The audience.</returns>
    /// <exception cref="CustomerIOValidationException">The list is empty or too long.</exception>
    public static BroadcastAudience PerUserData(IEnumerable<BroadcastRecipient> people)
    {
        var list = people?.ToList() ?? throw new ArgumentNullException(nameof(people));
        Count(list.Count, nameof(people), MaxItems);
        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(people), "A person in the list is null.");
        }

        var data = list.Select((p, i) => p.Data is null ? null : AttributeJson.Serialize(p.Data, string.Format(CultureInfo.InvariantCulture, "people[{0}].Data", i))).ToList();
        return new("per_user_data", w =>
        {
            w.WriteStartArray("per_user_data");
            for (var i = 0; i < list.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString(list[i].Identifier.IdType, list[i].Identifier.Value);
                if (data[i] is { } json)
                {
                    w.WritePropertyName("data");
                    w.WriteRawValue(json, skipInputValidation: true);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>People listed in a file Customer.io downloads: JSON Lines, one <c>{"id"|"email", "data"}</c> object a line, gzip allowed.</summary>
    /// <param name="url">The file's absolute URL.</param>
    /// <returns>The audience.</returns>
    /// <exception cref="CustomerIOValidationException">The URL is not absolute HTTP(S).</exception>
    public static BroadcastAudience DataFile(Uri url)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new CustomerIOValidationException(nameof(url), "The data file URL must be an absolute http or https URL.");
        }

        return new("data_file_url", w => w.WriteString("data_file_url", url.AbsoluteUri));
    }

    /// <summary>The kind only: an audience holds personal data.</summary>
    /// <returns>For example <c>BroadcastAudience(ids)</c>.</returns>
    public override string ToString() => $"BroadcastAudience({Kind})";

    internal void Write(Utf8JsonWriter writer) => _write(writer);

    private static List<string> Items(IEnumerable<string> items, string parameterName, string what, int? limit = MaxItems)
    {
        var list = items?.ToList() ?? throw new ArgumentNullException(parameterName);
        Count(list.Count, parameterName, limit);
        for (var i = 0; i < list.Count; i++)
        {
            Guard.NotEmpty(list[i], string.Format(CultureInfo.InvariantCulture, "{0}[{1}]", parameterName, i), what);
        }

        return list;
    }

    private static void Count(int count, string parameterName, int? limit)
    {
        if (count == 0)
        {
            throw new CustomerIOValidationException(parameterName, "A broadcast audience list must not be empty.");
        }

        if (limit is { } max && count > max)
        {
            throw new CustomerIOValidationException(
                parameterName, string.Format(CultureInfo.InvariantCulture, "A broadcast trigger names at most {0} people; {1} were given.", max, count), max, count);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, List<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

/// <summary>One person of a <see cref="BroadcastAudience.PerUserData"/> audience: by id or email, with their own data.</summary>
public sealed class BroadcastRecipient
{
    /// <summary>Describes the person.</summary>
    /// <param name="identifier">Their id or email (a cio_id is not accepted here).</param>
    /// <param name="data">Their values for the message's Liquid.</param>
    /// <exception cref="CustomerIOValidationException">The identifier is default or a cio_id.</exception>
    public BroadcastRecipient(CustomerIdentifier identifier, IReadOnlyDictionary<string, object?>? data = null)
    {
        Identifier = identifier.Checked(nameof(identifier));
        if (identifier.IdType == "cio_id")
        {
            throw new CustomerIOValidationException(nameof(identifier), "Per-person broadcast data names people by id or email.");
        }

        Data = data;
    }

    /// <summary>The person.</summary>
    public CustomerIdentifier Identifier { get; }

    /// <summary>Their values for the message's Liquid.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }
}
