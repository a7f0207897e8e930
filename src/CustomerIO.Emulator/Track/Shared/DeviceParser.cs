using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;

namespace CustomerIO.Emulator.Track.Shared;

/// <summary>Reads a <c>device</c> object: v1 names the token <c>id</c>, v2 names it <c>token</c>.</summary>
internal static class DeviceParser
{
    private static readonly byte[][] V1Fields = ["id"u8.ToArray(), "platform"u8.ToArray(), "last_used"u8.ToArray(), "attributes"u8.ToArray()];
    private static readonly byte[][] V2Fields = ["token"u8.ToArray(), "platform"u8.ToArray(), "last_used"u8.ToArray(), "attributes"u8.ToArray()];

    public static OperationError? Parse(ReadOnlySpan<byte> buffer, JsonSlice device, bool v1, bool tokenOnly, out DeviceCommand? command)
    {
        command = null;
        if (!device.IsPresent || device.IsNull)
        {
            return Errors.Required("device");
        }

        if (!device.IsObject)
        {
            return Errors.MustBeObject("device");
        }

        Span<JsonSlice> fields = stackalloc JsonSlice[4];
        JsonFields.Read(buffer, device, v1 ? V1Fields : V2Fields, fields);
        var tokenField = v1 ? "device.id" : "device.token";
        var token = fields[0];
        if (!token.IsString || token.Length <= 2)
        {
            return token.IsPresent && !token.IsNull && !token.IsString ? Errors.MustBeString(tokenField) : Errors.Required(tokenField);
        }

        var platform = fields[1];
        if (!tokenOnly)
        {
            if (!platform.IsString || platform.Length <= 2)
            {
                return Errors.Required("device.platform");
            }

            if (!platform.ValueEquals(buffer, "ios"u8) && !platform.ValueEquals(buffer, "android"u8))
            {
                return Errors.Invalid("device.platform", "device.platform must be ios or android");
            }

            if (fields[2].IsPresent && !fields[2].IsNull && fields[2].GetInt64(buffer) is null)
            {
                return Errors.MustBeNumber("device.last_used");
            }

            if (fields[3].IsPresent && !fields[3].IsNull && !fields[3].IsObject)
            {
                return Errors.MustBeObject("device.attributes");
            }
        }

        command = new DeviceCommand(
            token.GetString(buffer),
            platform.IsString ? platform.GetString(buffer) : null,
            fields[2].IsPresent ? fields[2].GetInt64(buffer) : null,
            fields[3].IsObject ? fields[3].ToArray(buffer) : null);
        return null;
    }
}
