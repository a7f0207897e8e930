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
        if (!HasId(id))
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

    /// <summary>The id's unescaped UTF-8 bytes (empty when none was sent); uses <paramref name="scratch"/> only for escaped ids.</summary>
    public static ReadOnlySpan<byte> IdBytes(ReadOnlySpan<byte> buffer, JsonSlice id, Span<byte> scratch)
    {
        if (!HasId(id))
        {
            return default;
        }

        if (!id.Escaped)
        {
            return id.RawValue(buffer);
        }

        var destination = id.Length <= scratch.Length ? scratch : new byte[id.Length];
        return destination[..id.Unescape(buffer, destination)];
    }

    /// <summary>The raw JSON of the event data, or empty when none was sent.</summary>
    public static ReadOnlySpan<byte> Data(ReadOnlySpan<byte> buffer, JsonSlice data) => data.IsObject ? data.Raw(buffer) : default;

    private static bool HasId(JsonSlice id) => id.IsPresent && !id.IsNull && (id.IsNumber || id.Length > 2);
}
