using System.Text.Json;
using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>
/// The App API's string-backed values (generated from <c>eng/app-api/values.tsv</c>, all alike), through one of them:
/// known and unknown text, equality, defaults, and the JSON converter's reading and writing.
/// </summary>
public sealed class StringValueTests
{
    [Fact]
    public void A_value_the_sdk_does_not_know_parses_compares_and_prints()
    {
        var read = Read("""{"id":1,"state":"rebuilding","type":"manual"}""");

        Assert.Equal(new SegmentState("rebuilding"), read.State);
        Assert.Equal("rebuilding", read.State.ToString());
        Assert.Equal(SegmentType.Manual, read.Type);
        Assert.NotEqual(SegmentState.Finished, read.State!.Value);
    }

    [Fact]
    public void Equality_is_ordinal_and_the_default_is_empty()
    {
        SegmentState fromText = "finished";

        Assert.True(fromText == SegmentState.Finished);
        Assert.False(new SegmentState("Finished") == SegmentState.Finished);
        Assert.True(new SegmentState("Finished") != SegmentState.Finished);
        Assert.True(SegmentState.FromString("build").Equals((object)SegmentState.Build));
        Assert.False(SegmentState.Build.Equals((object)"build"));
        Assert.Equal(StringComparer.Ordinal.GetHashCode("build"), SegmentState.Build.GetHashCode());
        Assert.Equal(string.Empty, default(SegmentState).Value);
        Assert.Equal(string.Empty, default(SegmentState).ToString());
    }

    [Fact]
    public void Empty_text_is_refused_when_made_by_hand_but_reads_as_the_default_from_the_wire()
    {
        var error = Assert.Throws<CustomerIOValidationException>(() => new SegmentState(" "));
        var read = Read("""{"id":1,"state":""}""");

        Assert.Equal("value", error.ParameterName);
        Assert.Equal(default(SegmentState), read.State);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_a_json_error_naming_the_type()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"id":1,"state":3}"""));

        Assert.StartsWith("A segment state is a JSON string.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void It_is_written_as_its_text()
    {
        var options = AppJsonContext.Wire.Options;

        Assert.Equal("\"events_queued\"", JsonSerializer.Serialize(SegmentState.EventsQueued, options.GetTypeInfo(typeof(SegmentState))));
    }

    private static Segment Read(string json) => (Segment)JsonSerializer.Deserialize(json, AppJsonContext.Wire.Options.GetTypeInfo(typeof(Segment)))!;
}
