using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerIO.Extensions.Hosting.Tests;

/// <summary>Wrong configuration fails the host at start, naming each setting by its configuration path.</summary>
public sealed class ValidationTests
{
    private static async Task<string[]> StartFailures(Dictionary<string, string?> settings, string section = "CustomerIO")
    {
        using var host = HostFactory.Build(settings, (s, c) => s.AddCustomerIO(c.GetSection(section)));
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        return error.Failures.ToArray();
    }

    [Fact]
    public async Task Missing_credentials_are_named()
    {
        var failures = await StartFailures([]);

        Assert.Equal(
            [
                "CustomerIO:SiteId is missing: set the workspace's site id.",
                "CustomerIO:ApiKey is missing: set the workspace's Track API key.",
            ],
            failures);
    }

    [Fact]
    public async Task Wrong_values_are_named_with_their_limits()
    {
        var settings = HostFactory.Workspace("Crm");
        settings["Crm:Region"] = "apac";
        settings["Crm:Timeout"] = "00:00:00";
        settings["Crm:Retry:MaxRetries"] = "101";
        settings["Crm:Queue:MaxBatchBytes"] = "600000";
        settings["Crm:ApplicationId"] = "My Shop";

        var failures = await StartFailures(settings, "Crm");

        Assert.Equal(
            [
                "Crm:Region must be 'us' or 'eu'.",
                "Crm:Timeout must be positive.",
                "Crm:ApplicationId must be a product token of 1 to 100 characters with no spaces, such as 'MyShop/2.1'.",
                "Crm:Retry:MaxRetries must be from 0 to 100.",
                "Crm:Queue:MaxBatchBytes must be from 1024 to 511999.",
            ],
            failures);
    }

    [Fact]
    public async Task A_named_workspace_configured_in_code_is_named_in_the_message()
    {
        using var host = HostFactory.Build(new Dictionary<string, string?>(), (s, _) => s.AddCustomerIO("billing", configuration: null, o => o.SiteId = "s"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(["CustomerIOOptions['billing'].ApiKey is missing: set the workspace's Track API key."], error.Failures);
    }

    [Fact]
    public async Task A_valid_configuration_starts()
    {
        using var host = HostFactory.Build(HostFactory.Workspace(), (s, c) => s.AddCustomerIO(c.GetSection("CustomerIO")));

        await host.StartAsync();
        await host.StopAsync();
    }
}
