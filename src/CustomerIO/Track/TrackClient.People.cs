using System.Linq;
using CustomerIO.Transport;
using System.Text.Json.Serialization.Metadata;
using CustomerIO.Serialization;
using CustomerIO.Track;
using CustomerIO.Track.Wire;
using CustomerIO.Validation;

namespace CustomerIO.Track;

public partial class TrackClient
{
    /// <summary>Creates or updates a person (<c>PUT /api/v1/customers/{identifier}</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="attributes">Attributes to set: at most 300, names up to 150 bytes, values up to 1000 bytes.</param>
    /// <param name="options">Reserved attributes: creation time, update timestamp, update-only, subscription preferences, relationships.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the update.</returns>
    public virtual Task IdentifyAsync(
        PersonIdentifier person,
        IReadOnlyDictionary<string, object?>? attributes = null,
        IdentifyOptions? options = null,
        CancellationToken cancellationToken = default) =>
        SendIdentifyAsync(person, IdentifyBodies.Attributes(attributes), options, cancellationToken);

    /// <summary>Creates or updates a person from the caller's own attribute type (AOT-safe through its <see cref="JsonTypeInfo{T}"/>).</summary>
    /// <typeparam name="TAttributes">The attribute type; it must serialize to a JSON object.</typeparam>
    /// <param name="person">The person.</param>
    /// <param name="attributes">The attributes.</param>
    /// <param name="attributesTypeInfo">The type's JSON metadata, for example <c>MyJsonContext.Default.MyAttributes</c>.</param>
    /// <param name="options">Reserved attributes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the update.</returns>
    public virtual Task IdentifyAsync<TAttributes>(
        PersonIdentifier person,
        TAttributes attributes,
        JsonTypeInfo<TAttributes> attributesTypeInfo,
        IdentifyOptions? options = null,
        CancellationToken cancellationToken = default) =>
        SendIdentifyAsync(person, IdentifyBodies.Attributes(attributes, attributesTypeInfo), options, cancellationToken);

    /// <summary>Deletes a person (<c>DELETE /api/v1/customers/{identifier}</c>). New data can create them again; to block that, suppress.</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the deletion.</returns>
    public virtual Task DeletePersonAsync(PersonIdentifier person, CancellationToken cancellationToken = default) =>
        SendAsync(TrackOperations.DeletePerson.For(Person(person)), cancellationToken);

    /// <summary>Deletes a person and blocks the identifier from coming back (<c>POST …/suppress</c>), for GDPR/CCPA requests.</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the suppression.</returns>
    public virtual Task SuppressAsync(PersonIdentifier person, CancellationToken cancellationToken = default) =>
        SendAsync(TrackOperations.Suppress.For(Person(person)), cancellationToken);

    /// <summary>Frees a suppressed identifier (<c>POST …/unsuppress</c>); the old profile is not restored.</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the change.</returns>
    public virtual Task UnsuppressAsync(PersonIdentifier person, CancellationToken cancellationToken = default) =>
        SendAsync(TrackOperations.Unsuppress.For(Person(person)), cancellationToken);

    /// <summary>Adds or updates one of a person's devices (<c>PUT /api/v1/customers/{identifier}/devices</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="device">The device.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the device.</returns>
    public virtual Task AddDeviceAsync(PersonIdentifier person, Device device, CancellationToken cancellationToken = default)
    {
        if (device is null)
        {
            throw new ArgumentNullException(nameof(device));
        }

        Guard.Timestamp(device.LastUsed, "device.LastUsed");
        var body = new DeviceBody
        {
            Device = new DeviceWire { Id = device.Token, Platform = device.Platform.Value, LastUsed = device.LastUsed, Attributes = device.WireAttributes() },
        };
        return SendAsync(TrackOperations.AddDevice.For(Person(person)).WithJson(Serialize(body, CustomerIOJsonContext.Wire.DeviceBody, nameof(device))), cancellationToken);
    }

    /// <summary>Removes one of a person's devices (<c>DELETE /api/v1/customers/{identifier}/devices/{token}</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="deviceToken">The device's push token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the removal.</returns>
    public virtual Task DeleteDeviceAsync(PersonIdentifier person, string deviceToken, CancellationToken cancellationToken = default)
    {
        var token = PathValue.Text(deviceToken, nameof(deviceToken), "device token");
        return SendAsync(TrackOperations.DeleteDevice.For(Person(person), token), cancellationToken);
    }

    /// <summary>
    /// Merges two people (<c>POST /api/v1/merge_customers</c>): the secondary's attributes, events and devices move to
    /// the primary, and the secondary is deleted. Irreversible, and not retried after an ambiguous failure.
    /// </summary>
    /// <param name="primary">The person who remains (by id, email or cio_id).</param>
    /// <param name="secondary">The person merged into the primary and deleted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the merge.</returns>
    public virtual Task MergePeopleAsync(PersonIdentifier primary, PersonIdentifier secondary, CancellationToken cancellationToken = default)
    {
        NotPhone(primary, nameof(primary));
        NotPhone(secondary, nameof(secondary));
        var body = new MergeBody { Primary = primary, Secondary = secondary };
        return SendAsync(TrackOperations.MergePeople.For().WithJson(Serialize(body, CustomerIOJsonContext.Wire.MergeBody, "body")), cancellationToken);
    }

    /// <summary>Adds people to a manual segment (<c>POST /api/v1/segments/{segment_id}/add_customers</c>).</summary>
    /// <param name="segmentId">The manual segment's id.</param>
    /// <param name="identifiers">1 to 1000 identifiers, all of the kind <paramref name="identifierKind"/>.</param>
    /// <param name="identifierKind">What the identifiers are: ids (the default), emails or cio_ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the change.</returns>
    public virtual Task AddToSegmentAsync(int segmentId, IEnumerable<string> identifiers, IdentifierKind identifierKind = IdentifierKind.Id, CancellationToken cancellationToken = default) =>
        SendSegmentChangeAsync(TrackOperations.AddToSegment, segmentId, identifiers, identifierKind, cancellationToken);

    /// <summary>Removes people from a manual segment (<c>POST /api/v1/segments/{segment_id}/remove_customers</c>).</summary>
    /// <param name="segmentId">The manual segment's id.</param>
    /// <param name="identifiers">1 to 1000 identifiers, all of the kind <paramref name="identifierKind"/>.</param>
    /// <param name="identifierKind">What the identifiers are: ids (the default), emails or cio_ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Customer.io has accepted the change.</returns>
    public virtual Task RemoveFromSegmentAsync(int segmentId, IEnumerable<string> identifiers, IdentifierKind identifierKind = IdentifierKind.Id, CancellationToken cancellationToken = default) =>
        SendSegmentChangeAsync(TrackOperations.RemoveFromSegment, segmentId, identifiers, identifierKind, cancellationToken);

    private Task SendIdentifyAsync(PersonIdentifier person, byte[] attributes, IdentifyOptions? options, CancellationToken cancellationToken)
    {
        var request = TrackOperations.Identify.For(Person(person));
        return SendAsync(request.WithJson(IdentifyBodies.V1(attributes, options)), cancellationToken);
    }

    private Task SendSegmentChangeAsync(ApiOperation operation, int segmentId, IEnumerable<string> identifiers, IdentifierKind kind, CancellationToken cancellationToken)
    {
        if (identifiers is null)
        {
            throw new ArgumentNullException(nameof(identifiers));
        }

        if (kind == IdentifierKind.Phone)
        {
            throw new CustomerIOValidationException("identifierKind", "Manual segments take ids, emails or cio_ids, not phone numbers.");
        }

        var ids = identifiers.ToList();
        if (ids.Count is 0 or > CustomerIOLimits.MaxSegmentIdsPerCall)
        {
            throw new CustomerIOValidationException(
                nameof(identifiers), $"A manual segment change takes 1 to {CustomerIOLimits.MaxSegmentIdsPerCall} identifiers; {ids.Count} were given.", CustomerIOLimits.MaxSegmentIdsPerCall, ids.Count);
        }

        foreach (var id in ids)
        {
            Guard.Text(id, nameof(identifiers), CustomerIOLimits.MaxIdentifierBytes, "person identifier");
        }

        var idType = kind switch { IdentifierKind.Email => "email", IdentifierKind.CioId => "cio_id", _ => "id" };
        var body = Serialize(new SegmentIdsBody { Ids = ids }, CustomerIOJsonContext.Wire.SegmentIdsBody, nameof(ids));
        var request = operation.For(PathValue.Number(segmentId, nameof(segmentId))).WithQuery("id_type", idType).WithJson(body);
        return SendAsync(request, cancellationToken);
    }

    private static PathValue Person(PersonIdentifier person) => person.ToPathValue(nameof(person));

    private static void NotPhone(PersonIdentifier person, string parameterName)
    {
        _ = person.Value;
        if (person.Kind == IdentifierKind.Phone)
        {
            throw new CustomerIOValidationException(parameterName, "Merging takes an id, email or cio_id, not a phone number.");
        }
    }
}
