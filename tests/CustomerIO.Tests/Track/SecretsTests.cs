using System.Diagnostics;
using CustomerIO.Tests.Infrastructure;
using CustomerIO.Track;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CustomerIO.Tests.Track;

/// <summary>Credentials and personal data never reach logs, exception texts, activities or ToString().</summary>
public sealed class SecretsTests
{
    private const string Email = "ann.secret@example.com";
    private const string PersonId = "person-secret-7";
    private const string DeviceToken = "device-token-secret";
    private const string AttributeValue = "attribute-value-secret";
    private const string DataValue = "event-data-secret";
    private const string ObjectId = "object-secret";

    private static readonly string[] Secrets =
    [
        TestTrackClient.ApiKey,
        TestTrackClient.Base64Credential,
        Email,
        Uri.EscapeDataString(Email),
        PersonId,
        DeviceToken,
        AttributeValue,
        DataValue,
        ObjectId,
    ];

    [Fact]
    public async Task Nothing_secret_is_logged_thrown_or_described()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "CustomerIO",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (activities)
                {
                    activities.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var handler = new RecordingHandler();
        handler
            .Enqueue(HttpStatusCode.OK) // identify
            .Enqueue(HttpStatusCode.ServiceUnavailable, "{}", ("Retry-After", "0")).Enqueue(HttpStatusCode.OK) // event: retried once
            .Enqueue(HttpStatusCode.BadRequest, "{\"meta\":{\"errors\":[\"bad attribute\"]}}") // identify refused
            .Enqueue(HttpStatusCode.Unauthorized, "{\"meta\":{\"error\":\"Unauthorized request\"}}") // device
            .Enqueue(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "600")) // delete device
            .EnqueueRedirect(307, "https://evil.example.test/steal").Enqueue(HttpStatusCode.InternalServerError, "oops") // merge
            .EnqueueException(new HttpRequestException("connection reset")); // metric
        var client = TestTrackClient.Create(handler, o =>
        {
            o.LoggerFactory = loggerFactory;
            o.Retry.MaxRetries = 1;
        });
        var person = PersonIdentifier.Email(Email);
        var attributes = new Dictionary<string, object?> { ["secret_attr"] = AttributeValue };
        var device = new Device(DeviceToken, DevicePlatform.Ios) { Model = AttributeValue };
        var metric = new DeliveryMetric("dlv-1", MetricName.Clicked) { Recipient = Email, Href = "https://example.test/" + AttributeValue };
        var relationship = Relationship.WithObject(ObjectIdentifier.Of("1", ObjectId), new Dictionary<string, object?> { ["role"] = AttributeValue });
        var identifyOptions = new IdentifyOptions { Relationships = [relationship] };
        var exceptions = new List<Exception>();

        await client.IdentifyAsync(person, attributes, identifyOptions);
        await client.TrackAsync(person, "purchase", new Dictionary<string, object?> { ["secret"] = DataValue });
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOApiException>(() => client.IdentifyAsync(PersonIdentifier.Id(PersonId), attributes)));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOAuthenticationException>(() => client.AddDeviceAsync(person, device)));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIORateLimitException>(() => client.DeleteDeviceAsync(person, DeviceToken)));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOApiException>(() => client.MergePeopleAsync(person, PersonIdentifier.Id(PersonId))));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOConnectionException>(() => client.TrackMetricAsync(metric)));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.IdentifyAsync(person, new Dictionary<string, object?> { ["secret_attr"] = AttributeValue + new string('x', 1000) })));
        exceptions.Add(Assert.Throws<CustomerIOValidationException>(() => PersonIdentifier.Email(Email + new string('x', 150))));
        exceptions.Add(await Assert.ThrowsAsync<CustomerIOValidationException>(() => client.TrackInviteAsync("invite", Email, new Dictionary<string, object?> { ["recipient"] = Email })));

        // The calls really happened: 9 requests, the event retried once, credentials sent where expected.
        Assert.Equal(9, handler.Requests.Count);
        Assert.Equal(0, handler.PendingResponses);
        Assert.Contains(handler.Requests, r => r.Body is { } body && body.Contains(AttributeValue, StringComparison.Ordinal));
        Assert.Equal("https://evil.example.test/steal", handler.Requests[7].Url);
        Assert.Null(handler.Requests[7].Authorization);

        var logs = collector.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Level == LogLevel.Debug && l.Message.Contains("will be retried", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Message.Contains("evil.example.test", StringComparison.Ordinal) && l.Message.Contains("credentials kept: False", StringComparison.Ordinal));
        var texts = new List<string>();
        foreach (var log in logs)
        {
            texts.Add(log.Message);
            texts.Add(log.ToString());
            texts.AddRange(log.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? []);
            if (log.Exception is { } logged)
            {
                texts.Add(logged.ToString());
            }
        }

        foreach (var exception in exceptions)
        {
            texts.Add(exception.Message);
            texts.Add(exception.ToString());
        }

        lock (activities)
        {
            Assert.Contains(activities, a => a.DisplayName == "PUT /api/v1/customers/{identifier}");
            foreach (var activity in activities)
            {
                texts.Add(activity.DisplayName);
                texts.AddRange(activity.TagObjects.Select(t => t.Key + "=" + t.Value));
            }
        }

        texts.Add(person.ToString());
        texts.Add(PersonIdentifier.Id(PersonId).ToString());
        texts.Add(device.ToString());
        texts.Add(metric.ToString());
        texts.Add(ObjectIdentifier.Of("1", ObjectId).ToString());
        texts.Add(relationship.ToString());
        texts.Add(identifyOptions.ToString()!);

        foreach (var text in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"'{text}' contains a secret.");
            }
        }
    }

    [Fact]
    public void Descriptions_name_only_the_kind()
    {
        Assert.Equal("PersonIdentifier(email)", PersonIdentifier.Email(Email).ToString());
        Assert.Equal("PersonIdentifier(id)", PersonIdentifier.Id(PersonId).ToString());
        Assert.Equal("PersonIdentifier(cio_id)", PersonIdentifier.CioId(PersonId).ToString());
        Assert.Equal("PersonIdentifier(phone)", PersonIdentifier.Phone("+14155550100").ToString());
        Assert.Equal("Device(android)", new Device(DeviceToken, DevicePlatform.Android) { Locale = AttributeValue }.ToString());
        Assert.Equal("DeliveryMetric(bounced)", new DeliveryMetric("dlv-1", MetricName.Bounced) { Recipient = Email, Reason = AttributeValue }.ToString());
        Assert.Equal("ObjectIdentifier(type 1)", ObjectIdentifier.Of("1", ObjectId).ToString());
        Assert.Equal("ObjectIdentifier(cio_object_id)", ObjectIdentifier.ByCioObjectId(ObjectId).ToString());
        Assert.Equal("Relationship", Relationship.WithObject(ObjectIdentifier.Of("1", ObjectId)).ToString());
        Assert.Equal("Relationship (with attributes)", Relationship.WithPerson(PersonIdentifier.Email(Email), new Dictionary<string, object?> { ["r"] = AttributeValue }).ToString());
    }
}
