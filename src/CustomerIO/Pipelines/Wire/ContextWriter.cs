using System.Text.Json;
using CustomerIO.Serialization;

namespace CustomerIO.Pipelines.Wire;

/// <summary>
/// Checks and writes a <see cref="PipelinesContext"/> (a message's, or a batch's) the way the rest of a message is
/// written: property by property into the caller's writer, camelCase, unset properties left out, no reflection
/// (only <see cref="PipelinesContext.Extra"/>'s values go through the source-generated metadata). Also writes the
/// <c>integrations</c>, which travel beside it.
/// </summary>
internal static class ContextWriter
{
    /// <summary>Refuses what the context may not carry; <paramref name="deviceEvent"/>: the message writes <c>context.device</c> itself.</summary>
    /// <exception cref="CustomerIOValidationException">The context's <c>library</c>, a device event's <c>device</c>, an <c>Extra</c> key a typed property writes, a null keyword, an undefined device type.</exception>
    public static void Check(PipelinesContext context, string parameterName, bool deviceEvent)
    {
        if (context.Extra is { } extra)
        {
            if (extra.ContainsKey("library"))
            {
                throw new CustomerIOValidationException(parameterName, "The context's 'library' is stamped by the SDK (its name and version); leave it out.");
            }

            if (deviceEvent && extra.ContainsKey("device"))
            {
                throw DeviceWritten(parameterName);
            }

            foreach (var key in PipelinesContext.TypedKeys)
            {
                if (extra.ContainsKey(key))
                {
                    // The key is one of the SDK's own names, never the caller's data, so naming it is safe.
                    throw new CustomerIOValidationException(
                        parameterName + ".Extra", $"The context's '{key}' is a typed property: set PipelinesContext.{char.ToUpperInvariant(key[0])}{key.Substring(1)} instead of an Extra key.");
                }
            }
        }

        if (context.Device is { } device)
        {
            if (deviceEvent)
            {
                throw DeviceWritten(parameterName);
            }

            if (device.Type is { } type)
            {
                DeviceTypeName(type, parameterName + ".Device.Type");
            }
        }

        if (context.Page?.Keywords is { } keywords)
        {
            foreach (var keyword in keywords)
            {
                if (keyword is null)
                {
                    throw new CustomerIOValidationException(parameterName + ".Page.Keywords", "A page keyword must not be null.");
                }
            }
        }
    }

    /// <summary>The wire value of a device type.</summary>
    /// <exception cref="CustomerIOValidationException">The value is not a defined one.</exception>
    public static string DeviceTypeName(PipelinesDeviceType type, string parameterName) => type switch
    {
        PipelinesDeviceType.Ios => "ios",
        PipelinesDeviceType.Android => "android",
        _ => throw new CustomerIOValidationException(parameterName, "The device type must be Ios or Android."),
    };

    /// <summary>Writes the context's properties into the open <c>context</c> object (checked first with <see cref="Check"/>).</summary>
    public static void Write(Utf8JsonWriter json, PipelinesContext context, string parameterName)
    {
        if (context.Active is { } active)
        {
            json.WriteBoolean("active"u8, active);
        }

        Text(json, "ip"u8, context.Ip);
        Text(json, "locale"u8, context.Locale);
        Text(json, "userAgent"u8, context.UserAgent);
        if (context.Channel is { } channel)
        {
            json.WriteString("channel"u8, channel.Value);
        }

        if (context.Campaign is { } campaign)
        {
            json.WriteStartObject("campaign"u8);
            Text(json, "name"u8, campaign.Name);
            Text(json, "source"u8, campaign.Source);
            Text(json, "medium"u8, campaign.Medium);
            Text(json, "term"u8, campaign.Term);
            Text(json, "content"u8, campaign.Content);
            json.WriteEndObject();
        }

        if (context.Page is { } page)
        {
            WritePage(json, page);
        }

        if (context.App is { } app)
        {
            json.WriteStartObject("app"u8);
            Text(json, "name"u8, app.Name);
            Text(json, "version"u8, app.Version);
            Text(json, "build"u8, app.Build);
            Text(json, "namespace"u8, app.Namespace);
            json.WriteEndObject();
        }

        if (context.Device is { } device)
        {
            WriteDevice(json, device, parameterName);
        }

        if (context.Network is { } network)
        {
            json.WriteStartObject("network"u8);
            Flag(json, "bluetooth"u8, network.Bluetooth);
            Text(json, "carrier"u8, network.Carrier);
            Flag(json, "cellular"u8, network.Cellular);
            Flag(json, "wifi"u8, network.Wifi);
            json.WriteEndObject();
        }

        if (context.Os is { } os)
        {
            json.WriteStartObject("os"u8);
            Text(json, "name"u8, os.Name);
            Text(json, "version"u8, os.Version);
            json.WriteEndObject();
        }

        if (context.Extra is { } extra)
        {
            foreach (var pair in extra)
            {
                if (pair.Value is not null)
                {
                    json.WritePropertyName(pair.Key);
                    WireJson.Write<object>(json, pair.Value, PipelinesJsonContext.Wire.Object, parameterName);
                }
            }
        }
    }

    /// <summary>Writes <c>"integrations":{…}</c>: a destination's name to whether it receives the message.</summary>
    public static void WriteIntegrations(Utf8JsonWriter json, IReadOnlyDictionary<string, bool> integrations)
    {
        json.WriteStartObject("integrations"u8);
        foreach (var pair in integrations)
        {
            json.WriteBoolean(pair.Key, pair.Value);
        }

        json.WriteEndObject();
    }

    private static CustomerIOValidationException DeviceWritten(string parameterName) =>
        new(parameterName, "A device event writes the context's 'device' itself; leave it out.");

    private static void WritePage(Utf8JsonWriter json, PipelinesContextPage page)
    {
        json.WriteStartObject("page"u8);
        Text(json, "name"u8, page.Name);
        Text(json, "path"u8, page.Path);
        Text(json, "referrer"u8, page.Referrer);
        Text(json, "search"u8, page.Search);
        Text(json, "title"u8, page.Title);
        Text(json, "url"u8, page.Url);
        if (page.Keywords is { } keywords)
        {
            json.WriteStartArray("keywords"u8);
            foreach (var keyword in keywords)
            {
                json.WriteStringValue(keyword);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteDevice(Utf8JsonWriter json, PipelinesContextDevice device, string parameterName)
    {
        json.WriteStartObject("device"u8);
        Text(json, "id"u8, device.Id);
        Text(json, "advertisingId"u8, device.AdvertisingId);
        Text(json, "manufacturer"u8, device.Manufacturer);
        Text(json, "model"u8, device.Model);
        Text(json, "name"u8, device.Name);
        if (device.Type is { } type)
        {
            json.WriteString("type"u8, DeviceTypeName(type, parameterName + ".Device.Type"));
        }

        Text(json, "version"u8, device.Version);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Flag(Utf8JsonWriter json, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
    }
}
