using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>
/// One App API area's walk through the in-process emulator: every operation of the area in the table called at least
/// once through the typed client, in an order that makes each call meaningful (create before get, get before delete),
/// asserting what each answer read into. <see cref="AppTourTests"/> finds every subclass, runs it against a fresh
/// emulator, and fails when an operation of the area was never answered with a 2xx.
/// </summary>
public abstract class AppTourArea
{
    /// <summary>The area's name in <c>eng/app-api/operations.tsv</c>.</summary>
    public abstract string Area { get; }

    /// <summary>Calls every operation of the area. <paramref name="track"/> puts people and events in place first.</summary>
    public abstract Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator);

    /// <summary>Every item of a list, across its pages.</summary>
    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
