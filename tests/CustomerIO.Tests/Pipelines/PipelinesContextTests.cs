using CustomerIO.Pipelines;
using CustomerIO.Tests.Infrastructure;
using static CustomerIO.Tests.Infrastructure.TestPipelinesClient;

namespace CustomerIO.Tests.Pipelines;

/// <summary>
/// The typed <see cref="PipelinesContext"/>: what it refuses (naming the parameter), that its bytes count towards the
/// message and batch limits, the channel's growing values, and descriptions that show no value. The exact bodies
/// are rows of <see cref="PipelinesWireTableTests"/>.
/// </summary>
public sealed class PipelinesContextTests
{
    private static PipelinesMessage TrackWith(PipelinesContext context) => PipelinesMessage.Track("u", "e", null, new PipelinesMessageOptions { Context = context });

    private static Dictionary<string, object?> Extra(string key, object? value) => new() { [key] = value };

    public static TheoryData<string, Func<PipelinesMessage>, string> Refusals => new()
    {
        { "typed key in Extra", () => TrackWith(new() { Extra = Extra("ip", "x") }), "The context's 'ip' is a typed property: set PipelinesContext.Ip instead of an Extra key. (Parameter 'options.Context.Extra')" },
        { "camelCase typed key in Extra", () => TrackWith(new() { Extra = Extra("userAgent", "x") }), "The context's 'userAgent' is a typed property: set PipelinesContext.UserAgent instead of an Extra key. (Parameter 'options.Context.Extra')" },
        { "device in Extra", () => TrackWith(new() { Extra = Extra("device", "x") }), "The context's 'device' is a typed property: set PipelinesContext.Device instead of an Extra key. (Parameter 'options.Context.Extra')" },
        { "library in Extra of a device event", () => PipelinesSemanticEvents.DeviceDeleted("u", "t", null, new PipelinesMessageOptions { Context = new() { Extra = Extra("library", "x") } }), "The context's 'library' is stamped by the SDK (its name and version); leave it out. (Parameter 'options.Context')" },
        { "typed device in a device event", () => PipelinesSemanticEvents.DeviceCreatedOrUpdated("u", "t", PipelinesDeviceType.Ios, new PipelinesMessageOptions { Context = new() { Device = new() { Model = "x" } } }), "A device event writes the context's 'device' itself; leave it out. (Parameter 'options.Context')" },
        { "null keyword", () => TrackWith(new() { Page = new() { Keywords = ["a", null!] } }), "A page keyword must not be null. (Parameter 'options.Context.Page.Keywords')" },
        { "undefined device type", () => TrackWith(new() { Device = new() { Type = (PipelinesDeviceType)7 } }), "The device type must be Ios or Android. (Parameter 'options.Context.Device.Type')" },
        { "NaN in Extra", () => TrackWith(new() { Extra = Extra("score", double.NaN) }), "A number is NaN or infinite, which JSON cannot represent. (Parameter 'options.Context')" },
        { "lone surrogate in a nested field", () => TrackWith(new() { Page = new() { Title = "a\uD800" } }), "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged. (Parameter 'options')" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Bad_contexts_are_refused_before_sending_naming_the_parameter(string name, Func<PipelinesMessage> create, string message)
    {
        var error = Assert.Throws<CustomerIOValidationException>(create);

        Assert.True(name.Length > 0);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_device_in_the_context_of_any_other_message_is_written_and_a_null_extra_value_left_out()
    {
        var message = TrackWith(new() { Device = new() { Type = PipelinesDeviceType.Ios }, Extra = Extra("unused", null) });

        Assert.StartsWith("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"e\",\"context\":{\"device\":{\"type\":\"ios\"}," + Library + "},", message.JsonText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_channel_is_string_backed_so_values_the_API_adds_later_are_sent_as_given()
    {
        var message = PipelinesMessage.Track("u", "e", null, PipelinesContextSamples.Pinned(new() { Channel = "kiosk" }));
        var error = Assert.Throws<CustomerIOValidationException>(() => new PipelinesChannel(" "));

        Assert.Equal("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"e\"," + Tail(context: "\"channel\":\"kiosk\",") , message.JsonText);
        Assert.Equal(("server", "browser", "mobile"), (default(PipelinesChannel).Value, PipelinesChannel.Browser.Value, PipelinesChannel.Mobile.ToString()));
        Assert.True(PipelinesChannel.FromString("server") == PipelinesChannel.Server);
        Assert.Equal("The channel must not be empty. (Parameter 'value')", error.Message);
    }

    [Fact]
    public void The_context_counts_towards_the_32_KB_of_a_message()
    {
        PipelinesMessage With(string value) => PipelinesMessage.Identify("u", null, PipelinesContextSamples.Pinned(new() { Page = new() { Title = value } }));
        var room = CustomerIOLimits.MaxPipelinesMessageBytes - 36 - With(string.Empty).SizeInBytes;

        var exact = With(new string('x', room));
        var error = Assert.Throws<CustomerIOValidationException>(() => With(new string('x', room + 1)));

        Assert.Equal(CustomerIOLimits.MaxPipelinesMessageBytes - 36, exact.SizeInBytes);
        Assert.Equal(("message", 32769L), (error.ParameterName, error.Actual!.Value));
    }

    [Fact]
    public async Task The_batch_context_counts_towards_the_500_KB_of_a_batch()
    {
        var handler = new RecordingHandler();
        var client = Create(handler);
        PipelinesMessage IdentifyWith(int size) =>
            PipelinesMessage.Identify("u", new Dictionary<string, object?> { ["v"] = new string('x', size - PipelinesMessage.Identify("u", new Dictionary<string, object?> { ["v"] = string.Empty }, Pinned()).SizeInBytes) }, Pinned());
        var context = new PipelinesContext { Ip = new string('1', 1000) };
        var envelope = "{\"batch\":[".Length + "],\"sentAt\":\"2026-12-02T09:30:15.250Z\"}".Length + ",\"context\":{\"ip\":\"\"}".Length + 1000;
        var messages = Enumerable.Repeat(IdentifyWith(30_000), 17).Append(IdentifyWith(CustomerIOLimits.MaxPipelinesBatchBytes - envelope - (17 * 30_000) - 17)).ToArray();

        await client.SendBatchAsync(messages, context);
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.SendBatchAsync(messages, new PipelinesContext { Ip = new string('1', 1001) }));

        Assert.Equal(CustomerIOLimits.MaxPipelinesBatchBytes, Encoding.UTF8.GetByteCount(handler.Single.Body!));
        Assert.EndsWith("],\"context\":{\"ip\":\"" + new string('1', 1000) + "\"},\"sentAt\":\"" + SentAt + "\"}", handler.Single.Body!, StringComparison.Ordinal);
        Assert.Equal(("messages", 512_000L, 512_001L), (error.ParameterName, error.Limit!.Value, error.Actual!.Value));
    }

    public static TheoryData<string, PipelinesContext?, IReadOnlyDictionary<string, bool>?, string> BatchRefusals => new()
    {
        { "library", new() { Extra = Extra("library", "x") }, null, "The context's 'library' is stamped by the SDK (its name and version); leave it out. (Parameter 'context')" },
        { "typed key in Extra", new() { Extra = Extra("os", "x") }, null, "The context's 'os' is a typed property: set PipelinesContext.Os instead of an Extra key. (Parameter 'context.Extra')" },
        { "undefined device type", new() { Device = new() { Type = (PipelinesDeviceType)7 } }, null, "The device type must be Ios or Android. (Parameter 'context.Device.Type')" },
        { "lone surrogate in the context", new() { Locale = "\uDFFF" }, null, "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged. (Parameter 'context')" },
        { "lone surrogate in the integrations", null, new Dictionary<string, bool> { ["\uD800"] = true }, "A text is not valid Unicode: it has an unpaired surrogate, which JSON cannot carry unchanged. (Parameter 'integrations')" },
    };

    [Theory]
    [MemberData(nameof(BatchRefusals))]
    public async Task A_bad_batch_context_or_integrations_is_refused_and_nothing_is_sent(string name, PipelinesContext? context, IReadOnlyDictionary<string, bool>? integrations, string message)
    {
        var handler = new RecordingHandler();

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => Create(handler).SendBatchAsync([PipelinesMessage.Identify("u")], context, integrations));

        Assert.True(name.Length > 0);
        Assert.Equal(message, error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_batch_context_may_carry_a_device_beside_device_events_and_an_empty_one_is_sent_empty()
    {
        var handler = new RecordingHandler();
        var client = Create(handler);
        var message = PipelinesSemanticEvents.DeviceDeleted("u", "t", options: Pinned());

        await client.SendBatchAsync([message], new PipelinesContext { Device = new() { Manufacturer = "Apple" } });
        await client.SendBatchAsync([message], new PipelinesContext());

        Assert.Equal("{\"batch\":[" + message.JsonText + "],\"context\":{\"device\":{\"manufacturer\":\"Apple\"}},\"sentAt\":\"" + SentAt + "\"}", handler.Requests[0].Body);
        Assert.Equal("{\"batch\":[" + message.JsonText + "],\"context\":{},\"sentAt\":\"" + SentAt + "\"}", handler.Requests[1].Body);
    }

    [Fact]
    public void Descriptions_name_what_is_set_and_never_a_value()
    {
        var web = PipelinesContextSamples.Web;
        var mobile = PipelinesContextSamples.Mobile;
        var options = PipelinesContextSamples.Pinned(mobile);
        var all = string.Join(" | ", web, mobile, options, web.Campaign, web.Page, mobile.App, mobile.Device, mobile.Network, mobile.Os, new PipelinesContext());

        Assert.Equal(
            "PipelinesContext(active, ip, locale, userAgent, channel, campaign, page) | PipelinesContext(active, channel, app, device, network, os, extra 3 keys)"
            + " | PipelinesMessageOptions(messageId given, timestamp given, context 9 keys, integrations 0) | PipelinesContextCampaign | PipelinesContextPage"
            + " | PipelinesContextApp | PipelinesContextDevice | PipelinesContextNetwork | PipelinesContextOs | PipelinesContext(empty)",
            all);
    }
}
