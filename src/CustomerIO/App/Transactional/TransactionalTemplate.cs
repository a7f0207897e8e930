using CustomerIO.Validation;

namespace CustomerIO.App;

/// <summary>
/// The transactional template a send uses: by its numeric id, or by its trigger name (sent as text). Converts
/// implicitly from a number and from text.
/// </summary>
public readonly struct TransactionalTemplate : IEquatable<TransactionalTemplate>
{
    private TransactionalTemplate(long id, string? triggerName)
    {
        TemplateId = id;
        TriggerName = triggerName;
    }

    /// <summary>The template's numeric id, or 0 when it is named by trigger name.</summary>
    public long TemplateId { get; }

    /// <summary>The template's trigger name, or null when it is named by id.</summary>
    public string? TriggerName { get; }

    /// <summary>Whether this is the default value, which names no template.</summary>
    public bool IsDefault => TemplateId == 0 && TriggerName is null;

    /// <summary>A template by its id.</summary>
    /// <param name="id">The id (positive).</param>
    /// <returns>The template.</returns>
    /// <exception cref="CustomerIOValidationException">The id is not positive.</exception>
    public static TransactionalTemplate Id(long id) => id > 0
        ? new(id, null)
        : throw new CustomerIOValidationException(nameof(id), "A transactional template id must be positive.");

    /// <summary>A template by its trigger name.</summary>
    /// <param name="triggerName">The trigger name (not empty).</param>
    /// <returns>The template.</returns>
    /// <exception cref="CustomerIOValidationException">The name is empty.</exception>
    public static TransactionalTemplate Named(string triggerName)
    {
        Guard.NotEmpty(triggerName, nameof(triggerName), "trigger name");
        return new(0, triggerName);
    }

    /// <summary>A template by its id.</summary>
    /// <param name="id">The id.</param>
    public static implicit operator TransactionalTemplate(long id) => Id(id);

    /// <summary>A template by its trigger name.</summary>
    /// <param name="triggerName">The trigger name.</param>
    public static implicit operator TransactionalTemplate(string triggerName) => Named(triggerName);

    /// <summary>Whether two values name the same template the same way.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TransactionalTemplate left, TransactionalTemplate right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TransactionalTemplate left, TransactionalTemplate right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TransactionalTemplate other) => TemplateId == other.TemplateId && string.Equals(TriggerName, other.TriggerName, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TransactionalTemplate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => TemplateId.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(TriggerName ?? string.Empty);

    /// <inheritdoc/>
    public override string ToString() => TriggerName ?? TemplateId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal void Write(System.Text.Json.Utf8JsonWriter writer)
    {
        if (TriggerName is { } name)
        {
            writer.WriteString("transactional_message_id", name);
        }
        else
        {
            writer.WriteNumber("transactional_message_id", TemplateId);
        }
    }
}
