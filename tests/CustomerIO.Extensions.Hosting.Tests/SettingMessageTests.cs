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
    /// <summary>The settings every API shares: wrong at the top of the workspace's section, or in any API's own section.</summary>
    private static readonly (string Key, string Value, string Problem)[] SharedWrong =
    [
        ("Region", "apac", "must be 'us' or 'eu'."),
        ("Region", "", "must be 'us' or 'eu'."),
        ("Timeout", "00:00:00", "must be positive."),
        ("Timeout", "-00:00:01", "must be positive."),
        ("TotalTimeout", "00:00:00", "must be positive."),
        ("ApplicationId", "My Shop", "must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'."),
        ("ApplicationId", new string('a', 101), "must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'."),
        ("Retry:MaxRetries", "101", "must be from 0 to 100."),
        ("Retry:MaxRetries", "-1", "must be from 0 to 100."),
        ("Retry:BaseDelay", "00:00:00", "must be positive."),
        ("Retry:MaxDelay", "-00:00:01", "must be positive."),
        ("Retry:MaxRetryAfter", "-00:00:01", "must not be negative."),
    ];

    /// <summary>The API sections that carry the shared settings and an endpoint of their own.</summary>
    private static readonly string[] ApiSections = ["Track:", "App:", "Pipelines:"];

    /// <summary>A setting (its key under the workspace's section), a wrong value, and what is said about it.</summary>
    public static TheoryData<string, string, string> WrongSettings()
    {
        var data = new TheoryData<string, string, string>
        {
            { "Track:SiteId", "", "is missing: set the workspace's site id." },
            { "Track:SiteId", "  ", "is missing: set the workspace's site id." },
            { "Track:ApiKey", "", "is missing: set the workspace's Track API key." },
            { "App:ApiKey", "", "is missing: set the workspace's App API key." },
            { "App:ApiKey", "  ", "is missing: set the workspace's App API key." },
            { "Pipelines:WriteKey", "", "is missing: set the Data Pipelines source's write key." },
            { "Pipelines:WriteKey", "  ", "is missing: set the Data Pipelines source's write key." },
            { "Webhooks:SigningSecrets:0", "", "is empty: set the signing secret or remove the entry." },
            { "Webhooks:SigningSecrets:1", "  ", "is empty: set the signing secret or remove the entry." },
            { "Track:Queue:MaxBatchBytes", "1023", "must be from 1024 to 511999." },
            { "Track:Queue:MaxBatchBytes", "512000", "must be from 1024 to 511999." },
            { "Track:Queue:MaxBatchOperations", "0", "must be from 1 to 100000." },
            { "Track:Queue:MaxBatchOperations", "100001", "must be from 1 to 100000." },
            { "Track:Queue:FlushInterval", "00:00:00", "must be positive." },
            { "Track:Queue:MaxConcurrentUploads", "0", "must be from 1 to 64." },
            { "Track:Queue:MaxConcurrentUploads", "65", "must be from 1 to 64." },
            { "Track:Queue:MaxQueueBytes", "32767", "must be at least 32768 (one operation of the largest size)." },
            { "Track:Queue:MaxQueueOperations", "0", "must be from 1 to 2147483647." },
            { "Track:Queue:FullMode", "7", "must be DropNewest, DropOldest, Wait or Throw." },
            { "Track:Queue:EnqueueTimeout", "00:00:00", "must be positive." },
            { "Track:Queue:MaxRetryDuration", "-00:00:01", "must be positive." },
            { "Track:Queue:MaxRetryDelay", "00:00:00", "must be positive." },
            { "Track:Queue:ShutdownTimeout", "00:00:00", "must be positive." },
            { "Track:Queue:DropLogInterval", "00:00:00", "must be positive." },
        };
        foreach (var (key, value, problem) in SharedWrong)
        {
            data.Add(key, value, problem);
            foreach (var section in ApiSections)
            {
                data.Add(section + key, value, problem);
            }
        }

        foreach (var section in ApiSections)
        {
            data.Add(section + "Endpoint", "not a url", "must be an absolute URI.");
            data.Add(section + "Endpoint", "/track", "must be an absolute URI.");
        }

        return data;
    }

    /// <summary>
    /// The wrong settings that can be set through environment variables (.NET removes a variable set to an empty
    /// string, so the empty values are tested through the other sources).
    /// </summary>
    public static TheoryData<string, string, string> WrongSettingsWithValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in WrongSettings())
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
        { "Track:Endpoint", "http://", "System.Uri" },
        { "Timeout", "ten seconds", "System.TimeSpan" },
        { "App:Timeout", "ten seconds", "System.TimeSpan" },
        { "Retry:MaxRetries", "three", "System.Int32" },
        { "Pipelines:Retry:MaxRetries", "three", "System.Int32" },
        { "Retry:RetryUnsafeOperations", "maybe", "System.Boolean" },
        { "Track:Queue:MaxQueueBytes", "64MB", "System.Int64" },
        { "Track:Queue:FullMode", "DropSome", "CustomerIO.QueueFullMode" },
        { "Track:Queue:ReportDeliveries", "sometimes", "System.Boolean" },
    };

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_in_a_section_is_named_by_its_key(string key, string value, string problem)
    {
        var settings = HostFactory.AllApis();
        settings["CustomerIO:" + key] = value;
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal([$"CustomerIO:{key} {problem}"], await Failures(host));
    }

    [Theory]
    [MemberData(nameof(WrongSettingsWithValues))]
    public async Task A_wrong_setting_in_an_environment_variable_is_named_by_its_key(string key, string value, string problem)
    {
        using var environment = AllApisAnd(key, value);
        using var host = Build(b => b.AddEnvironmentVariables(environment.Prefix), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        Assert.Equal([$"CustomerIO:{key} {problem}"], await Failures(host));
    }

    [Theory]
    [MemberData(nameof(WrongSettings))]
    public async Task A_wrong_setting_of_a_named_workspace_is_named_by_its_own_section(string key, string value, string problem)
    {
        var settings = HostFactory.AllApis();
        foreach (var pair in HostFactory.AllApis("Workspaces:Billing"))
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
        using var environment = AllApisAnd(key, value);
        using var host = Build(b => b.AddEnvironmentVariables(environment.Prefix), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Equal($"Failed to convert configuration value '{value}' at 'CustomerIO:{key}' to type '{type}'.", error.Message);
    }

    /// <summary>Environment variables of a valid workspace with every API section, plus one more setting.</summary>
    private static EnvironmentVariables AllApisAnd(string key, string value)
    {
        var variables = HostFactory.AllApis().ToDictionary(p => p.Key, p => p.Value!);
        variables["CustomerIO:" + key] = value;
        return new EnvironmentVariables(variables.Select(p => (p.Key.Replace(":", "__", StringComparison.Ordinal), p.Value)).ToArray());
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
