using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>Wrong configuration fails the host at start, naming each setting by its full configuration path.</summary>
public sealed class ValidationTests
{
    [Fact]
    public async Task Missing_credentials_are_named()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(
            [
                "CustomerIO:Track:SiteId is missing: set the workspace's site id.",
                "CustomerIO:Track:ApiKey is missing: set the workspace's Track API key.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Wrong_values_are_named_with_their_limits()
    {
        var settings = HostFactory.Workspace("Crm");
        settings["Crm:Region"] = "apac";
        settings["Crm:Timeout"] = "00:00:00";
        settings["Crm:Retry:MaxRetries"] = "101";
        settings["Crm:Track:Queue:MaxBatchBytes"] = "600000";
        settings["Crm:ApplicationId"] = "My Shop";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("Crm")));

        Assert.Equal(
            [
                "Crm:Region must be 'us' or 'eu'.",
                "Crm:Timeout must be positive.",
                "Crm:ApplicationId must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'.",
                "Crm:Retry:MaxRetries must be from 0 to 100.",
                "Crm:Track:Queue:MaxBatchBytes must be from 1024 to 511999.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Every_wrong_setting_is_reported_in_one_start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CustomerIO:Timeout"] = "00:00:00",
            ["CustomerIO:ApplicationId"] = "My Shop",
            ["CustomerIO:Retry:MaxRetries"] = "101",
            ["CustomerIO:Retry:MaxDelay"] = "00:00:00",
            ["CustomerIO:Track:Endpoint"] = "not a url",
            ["CustomerIO:Track:Timeout"] = "00:00:00",
            ["CustomerIO:Track:Queue:MaxBatchBytes"] = "600000",
            ["CustomerIO:Track:Queue:ShutdownTimeout"] = "00:00:00",
            ["CustomerIO:App:Retry:MaxRetries"] = "-1",
            ["CustomerIO:Pipelines:Region"] = "mars",
            ["CustomerIO:Webhooks:SigningSecrets:0"] = " ",
        };
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(
            [
                "CustomerIO:Track:SiteId is missing: set the workspace's site id.",
                "CustomerIO:Track:ApiKey is missing: set the workspace's Track API key.",
                "CustomerIO:Timeout must be positive.",
                "CustomerIO:ApplicationId must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'.",
                "CustomerIO:Retry:MaxRetries must be from 0 to 100.",
                "CustomerIO:Retry:MaxDelay must be positive.",
                "CustomerIO:Track:Endpoint must be an absolute URI.",
                "CustomerIO:Track:Timeout must be positive.",
                "CustomerIO:Track:Queue:MaxBatchBytes must be from 1024 to 511999.",
                "CustomerIO:Track:Queue:ShutdownTimeout must be positive.",
                "CustomerIO:App:ApiKey is missing: set the workspace's App API key.",
                "CustomerIO:App:Retry:MaxRetries must be from 0 to 100.",
                "CustomerIO:Pipelines:WriteKey is missing: set the Data Pipelines source's write key.",
                "CustomerIO:Pipelines:Region must be 'us' or 'eu'.",
                "CustomerIO:Webhooks:SigningSecrets:0 is empty: set the signing secret or remove the entry.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Settings_bound_from_the_root_of_configuration_are_named_by_their_bare_keys()
    {
        var settings = HostFactory.Workspace("Billing");
        settings["Billing:Track:Endpoint"] = "not a url";
        settings["Billing:App:Timeout"] = "00:00:00";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(p => KeyValuePair.Create(p.Key["Billing:".Length..], p.Value))).Build()));

        Assert.Equal(["Track:Endpoint must be an absolute URI.", "App:ApiKey is missing: set the workspace's App API key.", "App:Timeout must be positive."], await Failures(host));
    }

    [Fact]
    public async Task Settings_made_in_code_are_named_by_their_property_paths()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO("billing", configuration: null, o =>
        {
            (o.Track.SiteId, o.Track.ApiKey) = ("s", "k");
            o.Track.Endpoint = new Uri("/relative", UriKind.Relative);
            o.Retry.MaxRetries = -1;
            o.Track.Queue.MaxConcurrentUploads = 0;
            o.App.Timeout = TimeSpan.Zero;
            o.Webhooks.SigningSecrets.Add("");
        }));

        Assert.Equal(
            [
                "CustomerIOOptions['billing'].Retry.MaxRetries must be from 0 to 100.",
                "CustomerIOOptions['billing'].Track.Endpoint must be an absolute URI.",
                "CustomerIOOptions['billing'].Track.Queue.MaxConcurrentUploads must be from 1 to 64.",
                "CustomerIOOptions['billing'].App.ApiKey is missing: set the workspace's App API key.",
                "CustomerIOOptions['billing'].App.Timeout must be positive.",
                "CustomerIOOptions['billing'].Webhooks.SigningSecrets.0 is empty: set the signing secret or remove the entry.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Missing_objects_in_code_are_named()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO(o =>
        {
            (o.Track.SiteId, o.Track.ApiKey) = ("s", "k");
            o.Retry = null!;
            o.Track.Queue = null!;
            o.Track.Retry = null!;
            o.Webhooks.SigningSecrets = null!;
        }));

        Assert.Equal(
            [
                "CustomerIOOptions.Retry must be set.",
                "CustomerIOOptions.Track.Retry must be set.",
                "CustomerIOOptions.Track.Queue must be set.",
                "CustomerIOOptions.Webhooks.SigningSecrets must be set.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task A_missing_track_section_in_code_is_named()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO("billing", configuration: null, o => (o.Track, o.Webhooks) = (null!, null!)));

        Assert.Equal(["CustomerIOOptions['billing'].Track must be set.", "CustomerIOOptions['billing'].Webhooks must be set."], await Failures(host));
    }

    [Fact]
    public async Task A_named_workspace_configured_in_code_is_named_in_the_message()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO("billing", configuration: null, o => o.Track.SiteId = "s"));

        Assert.Equal(["CustomerIOOptions['billing'].Track.ApiKey is missing: set the workspace's Track API key."], await Failures(host));
    }

    [Fact]
    public async Task An_empty_application_id_means_none()
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:ApplicationId"] = "";
        settings["CustomerIO:Track:ApplicationId"] = "";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_valid_configuration_starts()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        await host.StartAsync();
        await host.StopAsync();
    }

    internal static async Task<string[]> Failures(IHost host) =>
        (await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())).Failures.ToArray();
}
