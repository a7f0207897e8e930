using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>
/// Every setting that can be wrong, set wrong the three ways users set it (a JSON-like section, environment
/// variables, a named workspace's own section): the host refuses to start with one message that names the key
/// exactly as it is written in configuration, and never quotes the value.
/// </summary>
public sealed class SettingMessageTests
{
    /// <summary>A setting (its key under the workspace's section), a wrong value, and what is said about it.</summary>
    public static TheoryData<string, string, string> WrongSettings => new()
    {
        { "SiteId", "", "is missing: set the workspace's site id." },
        { "SiteId", "  ", "is missing: set the workspace's site id." },
        { "ApiKey", "", "is missing: set the workspace's Track API key." },
        { "Region", "apac", "must be 'us' or 'eu'." },
        { "Region", "", "must be 'us' or 'eu'." },
        { "TrackEndpoint", "not a url", "must be an absolute URI." },
        { "TrackEndpoint", "/track", "must be an absolute URI." },
        { "Timeout", "00:00:00", "must be positive." },
        { "Timeout", "-00:00:01", "must be positive." },
        { "TotalTimeout", "00:00:00", "must be positive." },
        { "ApplicationId", "My Shop", "must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'." },
        { "ApplicationId", new string('a', 101), "must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'." },
        { "Retry:MaxRetries", "101", "must be from 0 to 100." },
        { "Retry:MaxRetries", "-1", "must be from 0 to 100." },
        { "Retry:BaseDelay", "00:00:00", "must be positive." },
        { "Retry:MaxDelay", "-00:00:01", "must be positive." },
        { "Retry:MaxRetryAfter", "-00:00:01", "must not be negative." },
        { "Queue:MaxBatchBytes", "1023", "must be from 1024 to 511999." },
        { "Queue:MaxBatchBytes", "512000", "must be from 1024 to 511999." },
        { "Queue:MaxBatchOperations", "0", "must be from 1 to 100000." },
        { "Queue:MaxBatchOperations", "100001", "must be from 1 to 100000." },
        { "Queue:FlushInterval", "00:00:00", "must be positive." },
        { "Queue:MaxConcurrentUploads", "0", "must be from 1 to 64." },
        { "Queue:MaxConcurrentUploads", "65", "must be from 1 to 64." },
        { "Queue:MaxQueueBytes", "32767", "must be at least 32768 (one operation of the largest size)." },
        { "Queue:MaxQueueOperations", "0", "must be from 1 to 2147483647." },
        { "Queue:FullMode", "7", "must be DropNewest, DropOldest, Wait or Throw." },
        { "Queue:EnqueueTimeout", "00:00:00", "must be positive." },
        { "Queue:MaxRetryDuration", "-00:00:01", "must be positive." },
        { "Queue:ShutdownTimeout", "00:00:00", "must be positive." },
        { "Queue:DropLogInterval", "00:00:00", "must be positive." },
    };

    /// <summary>
    /// The wrong settings that can be set through environment variables (.NET removes a variable set to an empty
    /// string, so the empty values are tested through the other sources).
    /// </summary>
    public static TheoryData<string, string, string> WrongSettingsWithValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in WrongSettings)
        {
            if (((string)row[1]).Length > 0)
            {
                data.Add((string)row[0], (string)row[1], (string)row[2]);
            }
        }

        return data;
    }

    /// <summary>
    /// Values the configuration binder cannot convert: it stops the start itself, naming the key (and quoting the
    /// value, which for these typed settings is never a credential or personal data).
    /// </summary>
    public static TheoryData<string, string, string> Unconvertible => new()
    {
        { "TrackEndpoint", "http://", "System.Uri" },
        { "Timeout", "ten seconds", "System.TimeSpan" },
        { "Retry:MaxRetries", "three", "System.Int32" },
        { "Retry:RetryUnsafeOperations", "maybe", "System.Boolean" },
        { "Queue:MaxQueueBytes", "64MB", "System.Int64" },
        { "Queue:FullMode", "DropSome", "CustomerIO.QueueFullMode" },
        { "Queue:ReportDeliveries", "sometimes", "System.Boolean" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_in_a_section_is_named_by_its_key(string key, string value, string problem)
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:" + key] = value;
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal([$"CustomerIO:{key} {problem}"], await Failures(host));
    }

    [Theory]
    [MemberData(nameof(WrongSettingsWithValues))]
    public async Task A_wrong_setting_in_an_environment_variable_is_named_by_its_key(string key, string value, string problem)
    {
        using var environment = new EnvironmentVariables(
            ("CustomerIO__SiteId", "site-1"),
            ("CustomerIO__ApiKey", "key-1"),
            ("CustomerIO__" + key.Replace(":", "__", StringComparison.Ordinal), value));
        using var host = Build(b => b.AddEnvironmentVariables(environment.Prefix), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal([$"CustomerIO:{key} {problem}"], await Failures(host));
    }

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_of_a_named_workspace_is_named_by_its_own_section(string key, string value, string problem)
    {
        var settings = HostFactory.Workspace();
        foreach (var pair in HostFactory.Workspace("Workspaces:Billing", "site-2", "key-2"))
        {
            settings[pair.Key] = pair.Value;
        }

        settings["Workspaces:Billing:" + key] = value;
        using var host = HostFactory.Build(settings, (s, c) =>
        {
            s.AddCustomerIO(c.GetSection("CustomerIO"));
            s.AddCustomerIO("billing", c.GetSection("Workspaces:Billing"));
        });

        Assert.Equal([$"Workspaces:Billing:{key} {problem}"], await Failures(host));
    }

    [Theory]
    [MemberData(nameof(Unconvertible))]
    public async Task A_value_that_cannot_be_converted_is_named_by_its_key(string key, string value, string type)
    {
        using var environment = new EnvironmentVariables(
            ("CustomerIO__SiteId", "site-1"),
            ("CustomerIO__ApiKey", "key-1"),
            ("CustomerIO__" + key.Replace(":", "__", StringComparison.Ordinal), value));
        using var host = Build(b => b.AddEnvironmentVariables(environment.Prefix), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal($"Failed to convert configuration value '{value}' at 'CustomerIO:{key}' to type '{type}'.", error.Message);
    }

    [Fact]
    public async Task Every_wrong_setting_is_reported_in_one_start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CustomerIO:TrackEndpoint"] = "not a url",
            ["CustomerIO:Timeout"] = "00:00:00",
            ["CustomerIO:ApplicationId"] = "My Shop",
            ["CustomerIO:Retry:MaxRetries"] = "101",
            ["CustomerIO:Retry:MaxDelay"] = "00:00:00",
            ["CustomerIO:Queue:MaxBatchBytes"] = "600000",
            ["CustomerIO:Queue:ShutdownTimeout"] = "00:00:00",
        };
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal(
            [
                "CustomerIO:SiteId is missing: set the workspace's site id.",
                "CustomerIO:ApiKey is missing: set the workspace's Track API key.",
                "CustomerIO:TrackEndpoint must be an absolute URI.",
                "CustomerIO:Timeout must be positive.",
                "CustomerIO:ApplicationId must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'.",
                "CustomerIO:Retry:MaxRetries must be from 0 to 100.",
                "CustomerIO:Retry:MaxDelay must be positive.",
                "CustomerIO:Queue:MaxBatchBytes must be from 1024 to 511999.",
                "CustomerIO:Queue:ShutdownTimeout must be positive.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Settings_bound_from_the_root_of_configuration_are_named_by_their_bare_keys()
    {
        var settings = HostFactory.Workspace("Billing");
        settings["Billing:TrackEndpoint"] = "not a url";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(new ConfigurationBuilder().AddInMemoryCollection(
            settings.Select(p => KeyValuePair.Create(p.Key["Billing:".Length..], p.Value))).Build()));

        Assert.Equal(["TrackEndpoint must be an absolute URI."], await Failures(host));
    }

    [Fact]
    public async Task Settings_made_in_code_are_named_by_their_property_paths()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO("billing", configuration: null, o =>
        {
            (o.SiteId, o.ApiKey) = ("s", "k");
            o.TrackEndpoint = new Uri("/relative", UriKind.Relative);
            o.Retry.MaxRetries = -1;
            o.Queue.MaxConcurrentUploads = 0;
        }));

        Assert.Equal(
            [
                "CustomerIOOptions['billing'].TrackEndpoint must be an absolute URI.",
                "CustomerIOOptions['billing'].Retry.MaxRetries must be from 0 to 100.",
                "CustomerIOOptions['billing'].Queue.MaxConcurrentUploads must be from 1 to 64.",
            ],
            await Failures(host));
    }

    [Fact]
    public async Task Missing_retry_and_queue_settings_in_code_are_named()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO(o =>
        {
            (o.SiteId, o.ApiKey) = ("s", "k");
            o.Retry = null!;
            o.Queue = null!;
        }));

        Assert.Equal(["CustomerIOOptions.Retry must be set.", "CustomerIOOptions.Queue must be set."], await Failures(host));
    }

    [Fact]
    public async Task An_empty_application_id_means_none()
    {
        var settings = HostFactory.Workspace();
        settings["CustomerIO:ApplicationId"] = "";
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        await host.StartAsync();
        await host.StopAsync();
    }

    private static async Task<string[]> Failures(IHost host) =>
        (await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync())).Failures.ToArray();

    private static IHost Build(Action<IConfigurationBuilder> configure, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        configure(builder.Configuration);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Sets process environment variables under a prefix of their own (so tests running at the same time never see
    /// each other's), and removes them again.
    /// </summary>
    private sealed class EnvironmentVariables : IDisposable
    {
        private readonly string[] _names;

        public EnvironmentVariables(params (string Name, string Value)[] variables)
        {
            Prefix = $"CIOTEST_{Guid.NewGuid():N}_";
            _names = variables.Select(v => Prefix + v.Name).ToArray();
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(Prefix + name, value);
            }
        }

        public string Prefix { get; }

        public void Dispose()
        {
            foreach (var name in _names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }
}
