namespace CustomerIO.Emulator.State;

/// <summary>What segment-triggered campaigns listen to.</summary>
internal sealed partial class EmulatorState
{
    /// <summary>
    /// Called, outside the person's lock, each time a person joins a segment they were not in (through the Track API);
    /// the App API's campaigns start their journeys from it.
    /// </summary>
    public Action<Person, string, DateTimeOffset>? SegmentJoined { get; set; }
}
