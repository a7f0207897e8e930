using System.Globalization;
using System.Text;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Tests.Pipelines;

/// <summary>The fast reading of the SDKs' UTC times agrees with the general parser, and leaves every other shape to it.</summary>
public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2026-12-02T00:35:00.000Z")]
    [InlineData("2026-12-02T23:59:59.999Z")]
    [InlineData("2024-02-29T12:00:00Z")]
    [InlineData("0001-01-01T00:00:00.000Z")]
    public void The_sdks_shape_is_read_from_the_bytes_as_the_general_parser_reads_it(string text)
    {
        Assert.True(IsoTime.TryParseUtc(Encoding.ASCII.GetBytes(text), out var fast));
        Assert.True(DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var general));
        Assert.Equal((general, TimeSpan.Zero), (fast, fast.Offset));
    }

    [Theory]
    [InlineData("2026-02-30T00:00:00.000Z")] // no such day
    [InlineData("2025-02-29T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-12-02T24:00:00Z")]
    [InlineData("2026-12-02T00:60:00Z")]
    [InlineData("2026-12-02T00:00:60Z")]
    [InlineData("2026-12-02T00:35:00.000+01:00")] // other shapes: the general parser's to decide
    [InlineData("2026-12-02T00:35:00.0000000Z")]
    [InlineData("2026-12-02 00:35:00Z")]
    [InlineData("2026-12-02T00:35:00.00xZ")]
    [InlineData("0000-12-02T00:35:00Z")]
    public void Anything_else_is_left_to_the_general_parser(string text) =>
        Assert.False(IsoTime.TryParseUtc(Encoding.ASCII.GetBytes(text), out _));
}
