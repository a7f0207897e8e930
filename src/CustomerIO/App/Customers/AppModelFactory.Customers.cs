using System.Linq;
using System.Text.Json;

namespace CustomerIO.App;

/// <summary>The people answers: profiles, devices, relationships.</summary>
public static partial class AppModelFactory
{
    /// <summary>A person's profile.</summary>
    /// <param name="identifiers">The person's identifiers.</param>
    /// <param name="attributes">The attributes, as text.</param>
    /// <param name="devices">The devices.</param>
    /// <param name="unsubscribed">Whether the person is unsubscribed.</param>
    /// <param name="timestamps">When each attribute was set, in Unix seconds.</param>
    /// <returns>The profile.</returns>
    public static CustomerAttributes CustomerAttributes(
        CustomerIdentifiers? identifiers = null, IReadOnlyDictionary<string, string>? attributes = null, IEnumerable<CustomerDevice>? devices = null,
        bool? unsubscribed = null, IReadOnlyDictionary<string, long>? timestamps = null) =>
        new() { Id = identifiers?.Id, Identifiers = identifiers, Attributes = attributes, Devices = devices?.ToArray(), Unsubscribed = unsubscribed, Timestamps = timestamps };

    /// <summary>A device of a profile.</summary>
    /// <param name="id">The device token.</param>
    /// <param name="platform">The platform.</param>
    /// <param name="lastUsed">When it was last identified.</param>
    /// <param name="attributes">Its attributes, as text.</param>
    /// <returns>The device.</returns>
    public static CustomerDevice CustomerDevice(string id, MobilePlatform? platform = null, DateTimeOffset? lastUsed = null, IReadOnlyDictionary<string, string>? attributes = null) =>
        new() { Id = id, Platform = platform, LastUsed = lastUsed, Attributes = attributes };

    /// <summary>An object a person is related to.</summary>
    /// <param name="identifiers">The object's identifiers.</param>
    /// <param name="objectTypeId">The object's type id.</param>
    /// <param name="attributes">The relationship's attributes.</param>
    /// <returns>The relationship.</returns>
    public static CustomerRelationship CustomerRelationship(ObjectIdentifiers identifiers, string objectTypeId, IReadOnlyDictionary<string, JsonElement>? attributes = null) =>
        new() { Identifiers = identifiers, ObjectTypeId = objectTypeId, Attributes = attributes };
}
