using System.IO;
using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Eng.AppApi;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// Every operation of the App API table answers 2xx from the emulator with a body its typed model reads: each area's
/// <see cref="AppTourArea"/> walks its operations, and the emulator's request log shows which operations were answered.
/// </summary>
public sealed class AppTourTests : EmulatorTestBase
{
    private static readonly IReadOnlyList<Operation> Operations =
        OperationTable.Parse(File.ReadAllText(Path.Combine(Repository.Root, Generator.TablePath)));

    private static readonly Dictionary<string, AppTourArea> Tours = typeof(AppTourArea).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(AppTourArea)) && !t.IsAbstract)
        .Select(t => (AppTourArea)Activator.CreateInstance(t)!)
        .ToDictionary(t => t.Area, StringComparer.Ordinal);

    /// <summary>The table's areas.</summary>
    public static TheoryData<string> Areas => [.. Operations.Select(o => o.Area).Distinct()];

    [Fact]
    public void Every_area_of_the_table_has_one_tour_and_every_tour_an_area()
    {
        Assert.Equal(Operations.Select(o => o.Area).Distinct().Order(StringComparer.Ordinal), Tours.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task Every_operation_of_the_area_answers_2xx_into_its_typed_model(string area)
    {
        Assert.True(Tours.TryGetValue(area, out var tour), $"No {nameof(AppTourArea)} for the area '{area}'.");
        var app = new AppClient(Emulator.AppApiKey, new AppClientOptions { Endpoint = Emulator.AppUri, RateLimit = { Enabled = false } });

        await tour.WalkAsync(app, Client, Emulator);

        // The emulator logs a request once its answer is written, so the last answers may reach the client before the
        // log: look again, briefly, before calling an operation unanswered.
        var missing = Missing(area);
        for (var look = 0; look < 50 && missing.Count > 0; look++)
        {
            await Task.Delay(20);
            missing = Missing(area);
        }

        Assert.Empty(missing);
    }

    /// <summary>The operations of the area the emulator's log shows no 2xx answer to.</summary>
    private List<string> Missing(string area)
    {
        var answered = Emulator.GetReceivedRequests()
            .Where(r => r.Api == EmulatorApi.App && r.Status is >= 200 and < 300)
            .Select(r => (r.Method, Path: r.Path[r.Path.IndexOf("/v1/", StringComparison.Ordinal)..]))
            .ToList();
        return [.. Operations.Where(o => o.Area == area && !answered.Any(r => Matches(o, r.Method, r.Path))).Select(o => o.SpecName)];
    }

    /// <summary>Whether a request's method and path (from <c>/v1/</c>) are the operation's.</summary>
    private static bool Matches(Operation operation, string method, string path)
    {
        if (!string.Equals(operation.Http, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var template = operation.Path.Trim('/').Split('/');
        var segments = path.Trim('/').Split('/');
        return template.Length == segments.Length
            && template.Zip(segments).All(p => p.First.StartsWith('{') ? p.Second.Length > 0 : p.First == p.Second);
    }
}
