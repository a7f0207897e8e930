using System.Buffers;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.Shared;

/// <summary>Checks an event's name, data, timestamp and id (shared by v1 and v2), and de-duplicates by id.</summary>
internal static class EventRules
{
    public static OperationError? Check(ReadOnlySpan<byte> buffer, JsonSlice name, JsonSlice data, JsonSlice timestamp, JsonSlice id, string dataField)
    {
        if (!name.IsPresent || name.IsNull)
        {
            return Errors.EventNameRequired("name");
        }

        if (!name.IsString)
        {
            return Errors.MustBeString("name");
        }

        var nameLength = name.Utf8Length(buffer);
        if (nameLength == 0)
        {
            return Errors.EventNameRequired("name");
        }

        if (nameLength > Limits.EventNameBytes)
        {
            return Errors.EventNameTooLong("name");
        }

        if (data.IsPresent && !data.IsNull)
        {
            if (!data.IsObject)
            {
                return Errors.MustBeObject(dataField);
            }

            if (data.Length > Limits.EventDataBytes)
            {
                return Errors.EventDataTooLarge(dataField);
            }
        }

        if (timestamp.IsPresent && !timestamp.IsNull && timestamp.GetInt64(buffer) is null)
        {
            return Errors.MustBeNumber("timestamp");
        }

        if (id.IsPresent && !id.IsNull && !id.IsString && !id.IsNumber)
        {
            return Errors.MustBeString("id");
        }

        return null;
    }

    /// <summary>True when the event carries an id that was seen before (the id is recorded otherwise).</summary>
    public static bool IsDuplicate(EmulatorState state, ReadOnlySpan<byte> buffer, JsonSlice id)
    {
        if (!id.IsPresent || id.IsNull || id.Length <= 2)
        {
            return false;
        }

        if (!id.Escaped)
        {
            return state.IsDuplicateEvent(id.RawValue(buffer));
        }

        var rented = ArrayPool<byte>.Shared.Rent(id.Length);
        try
        {
            var length = id.Unescape(buffer, rented);
            return state.IsDuplicateEvent(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The stored event id, or null when none was sent.</summary>
    public static string? IdText(ReadOnlySpan<byte> buffer, JsonSlice id) =>
        id.IsPresent && !id.IsNull && id.Length > 2 ? id.GetString(buffer) : null;

    /// <summary>The event data to keep, copied out of the pooled request buffer.</summary>
    public static byte[]? Data(ReadOnlySpan<byte> buffer, JsonSlice data) => data.IsObject ? data.ToArray(buffer) : null;
}
