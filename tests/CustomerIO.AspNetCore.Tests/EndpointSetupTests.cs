using CustomerIO.Emulator;
using CustomerIO.Webhooks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerIO.AspNetCore.Tests;

/// <summary>Secrets from configuration and their rotation, handler failures, typed handlers, and setup mistakes.</summary>
public sealed class EndpointSetupTests
{
    [Fact]
    public async Task During_a_rotation_both_configured_secrets_are_accepted()
    {
        var recorder = new Recorder();
        await using var emulator = await CustomerIOEmulator.StartAsync();
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync, secrets: ["whsec-new", "whsec-old"]);

        var byNew = await emulator.TriggerAsync(app, """{"object_type":"email","metric":"sent"}""", secret: "whsec-new");
        var byOld = await emulator.TriggerAsync(app, """{"object_type":"email","metric":"sent"}""", secret: "whsec-old");
        var byRetired = await emulator.TriggerAsync(app, """{"object_type":"email","metric":"sent"}""", secret: "whsec-retired");

        Assert.Equal((200, 200, 401), (byNew.Status, byOld.Status, byRetired.Status));
        Assert.Equal([byNew.EventId, byOld.EventId], recorder.Events.Select(e => e.EventId));
    }

    [Fact]
    public async Task A_rotation_in_reloaded_configuration_applies_without_a_restart()
    {
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync, secrets: ["whsec-old"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.PostAsync(WebhookEndpointTests.Payload("r1"), secret: "whsec-new")).Status);

        app.Configuration["CustomerIO:Webhooks:SigningSecrets:0"] = "whsec-new";
        app.Configuration["CustomerIO:Webhooks:SigningSecrets:1"] = "whsec-old";
        app.Configuration.Reload();

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(WebhookEndpointTests.Payload("r1"), secret: "whsec-new")).Status);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(WebhookEndpointTests.Payload("r2"), secret: "whsec-old")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.PostAsync(WebhookEndpointTests.Payload("r3"), secret: "whsec-retired")).Status);
    }

    [Fact]
    public async Task A_failing_handler_is_answered_500_and_the_retry_is_handled()
    {
        var recorder = new Recorder { FailuresLeft = 1 };
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync);

        var failed = await app.PostAsync(WebhookEndpointTests.Payload("e-retry"));
        var retried = await app.PostAsync(WebhookEndpointTests.Payload("e-retry"));

        Assert.Equal((HttpStatusCode.InternalServerError, "the handler failed"), failed);
        Assert.Equal((HttpStatusCode.OK, "handled"), retried);
        Assert.Equal("e-retry", Assert.Single(recorder.Events).EventId);
        Assert.Equal(2, recorder.Started);
    }

    [Fact]
    public async Task A_retry_that_arrives_while_the_first_delivery_is_handled_is_asked_to_come_back_and_then_handled()
    {
        // Customer.io waits 4 s: a slower handler gets a retry while it runs. Were that retry told "already handled",
        // a failure of the first would be lost (its 500 reaches nobody).
        var recorder = new Recorder { Hold = true, FailuresLeft = 1 };
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync);

        var first = app.PostAsync(WebhookEndpointTests.Payload("e-slow"));
        Assert.True(await recorder.StartedSignal.WaitAsync(TimeSpan.FromSeconds(20)));
        var during = await app.PostAsync(WebhookEndpointTests.Payload("e-slow"));
        recorder.Gate.SetResult();
        var failed = await first;
        var retried = await app.PostAsync(WebhookEndpointTests.Payload("e-slow"));
        var duplicate = await app.PostAsync(WebhookEndpointTests.Payload("e-slow"));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "still being handled"), during);
        Assert.Equal((HttpStatusCode.InternalServerError, "the handler failed"), failed);
        Assert.Equal((HttpStatusCode.OK, "handled"), retried);
        Assert.Equal((HttpStatusCode.OK, "already handled"), duplicate);
        Assert.Equal("e-slow", Assert.Single(recorder.Events).EventId);
        Assert.Equal(2, recorder.Started);
    }

    [Fact]
    public async Task The_endpoint_is_reachable_under_a_fallback_policy_that_refuses_everyone()
    {
        // Customer.io sends no credentials: its signature is checked instead, so an app-wide policy must not apply.
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(
            recorder.HandleAsync,
            services: s => s.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build()),
            map: a =>
            {
                a.UseAuthorization();
                a.MapCustomerIOWebhooks(WebhookApp.Path, recorder.HandleAsync);
            });

        Assert.Equal((HttpStatusCode.OK, "handled"), await app.PostAsync(WebhookEndpointTests.Payload("e-open")));
        Assert.Equal((HttpStatusCode.Unauthorized, "the X-CIO-Signature header matches none of the signing secrets."), await app.PostAsync(WebhookEndpointTests.Payload("e-open2"), secret: "wrong"));
    }

    [Fact]
    public async Task A_typed_handler_is_created_per_event_with_its_scoped_dependencies()
    {
        var seen = new List<(string EventId, Guid Scope)>();
        await using var app = await WebhookApp.StartAsync(
            handler: null!,
            services: s => s.AddScoped<ScopeMarker>().AddSingleton(seen),
            map: a => a.MapCustomerIOWebhooks<TypedHandler>(WebhookApp.Path));

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(WebhookEndpointTests.Payload("t1"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(WebhookEndpointTests.Payload("t2"))).Status);

        Assert.Equal(["t1", "t2"], seen.Select(s => s.EventId));
        Assert.NotEqual(seen[0].Scope, seen[1].Scope);
    }

    [Fact]
    public async Task Without_a_signing_secret_the_app_does_not_start()
    {
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => WebhookApp.StartAsync((_, _) => Task.CompletedTask, secrets: []));

        Assert.Equal("No webhook signing secret is configured: set CustomerIO:Webhooks:SigningSecrets (or CustomerIOWebhookOptions.SigningSecrets). (Parameter 'SigningSecrets')", error.Message);
    }

    [Fact]
    public async Task Secrets_set_in_code_replace_the_configured_ones()
    {
        var recorder = new Recorder();
        await using var app = await WebhookApp.StartAsync(recorder.HandleAsync, o => o.SigningSecrets = ["whsec-in-code"], secrets: []);

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(WebhookEndpointTests.Payload("c1"), secret: "whsec-in-code")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.PostAsync(WebhookEndpointTests.Payload("c2"))).Status);
    }

    [Fact]
    public void Mapping_without_registering_or_with_bad_options_says_what_to_do()
    {
        var bare = WebApplication.CreateSlimBuilder().Build();
        var missing = Assert.Throws<InvalidOperationException>(() => bare.MapCustomerIOWebhooks("/hooks", (_, _) => Task.CompletedTask));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddCustomerIOWebhooks(o => o.MaxBodyBytes = 0);
        var bad = Assert.Throws<CustomerIOValidationException>(() => builder.Build().MapCustomerIOWebhooks("/hooks", (_, _) => Task.CompletedTask));

        Assert.Equal("Call services.AddCustomerIOWebhooks() before app.MapCustomerIOWebhooks(...).", missing.Message);
        Assert.Equal("MaxBodyBytes must be at least 1; it is 0. (Parameter 'MaxBodyBytes')", bad.Message);
    }

    [Fact]
    public void A_deduplication_window_shorter_than_twice_the_tolerance_is_refused()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddCustomerIOWebhooks(o => o.DeduplicationWindow = TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        var shortWindow = Assert.Throws<CustomerIOValidationException>(() => builder.Build().MapCustomerIOWebhooks("/hooks", (_, _) => Task.CompletedTask));

        Assert.Equal(
            "DeduplicationWindow must be at least twice the Tolerance (00:10:00), so that a request cannot be replayed while its timestamp is still accepted; it is 00:09:59.9999999. (Parameter 'DeduplicationWindow')",
            shortWindow.Message);
        var exact = WebApplication.CreateSlimBuilder();
        exact.Services.AddCustomerIOWebhooks(o => o.DeduplicationWindow = TimeSpan.FromMinutes(10));
        Assert.NotNull(exact.Build().MapCustomerIOWebhooks("/hooks", (_, _) => Task.CompletedTask));
    }

    [Fact]
    public void The_options_describe_themselves_without_secrets()
    {
        var options = new CustomerIOWebhookOptions { SigningSecrets = ["whsec-hidden"] };

        Assert.Equal(
            "CustomerIOWebhookOptions(Workspace='', 1 signing secrets, Tolerance=00:05:00, MaxBodyBytes=1048576, ProcessInBackground=False, BackgroundQueueCapacity=1000)",
            options.ToString());
    }

    internal sealed class ScopeMarker
    {
        public Guid Id { get; } = Guid.NewGuid();
    }

    internal sealed class TypedHandler(ScopeMarker scope, List<(string EventId, Guid Scope)> seen) : ICustomerIOWebhookHandler
    {
        public Task HandleAsync(ReportingWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
        {
            lock (seen)
            {
                seen.Add((webhookEvent.EventId, scope.Id));
            }

            return Task.CompletedTask;
        }
    }
}
