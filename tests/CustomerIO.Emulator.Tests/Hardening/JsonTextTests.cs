using System.Text;
using CustomerIO.Emulator.Json;

namespace CustomerIO.Emulator.Tests.Hardening;

/// <summary>The decodability check on its own: which escapes and bytes it refuses, and that it leaves malformed escapes to the JSON reader.</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData("""{"a":"\uD800"}""")]
    [InlineData("""{"a":"\uDBFF\u0041"}""")]
    [InlineData("""{"a":"\uDC00\uD800"}""")]
    [InlineData("""{"a":"x\\\ud800"}""")]
    [InlineData("""{"a":"\ud800\u""")]
    [InlineData("""\ud800""")]
    public void Lone_surrogates_are_found_in_either_case_and_at_the_end(string json) =>
        Assert.Equal(JsonText.LoneSurrogate, JsonText.FindProblem(Encoding.ASCII.GetBytes(json)));

    [Theory]
    [InlineData("""{"a":"\uD83D\uDE00","b":"\ud83d\ude00"}""")]
    [InlineData("""{"a":"\\ud800","b":"\\\\ud800"}""")]
    [InlineData("""{"a":"\n\t\"\/\u00e9\uFFFD"}""")]
    [InlineData("""{"a":"\uZZZZ","b":"\u12"}""")]
    [InlineData("""{"a":"é€😀"}""")]
    [InlineData("")]
    public void Valid_text_and_malformed_escapes_pass(string json) =>
        Assert.Null(JsonText.FindProblem(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("FF")]
    [InlineData("C0AF")]
    [InlineData("EDA080")]
    [InlineData("F4908080")]
    [InlineData("E282")]
    [InlineData("80")]
    public void Bytes_that_are_not_utf8_are_found_before_and_after_escapes(string hex)
    {
        var bad = Convert.FromHexString(hex);

        Assert.Equal(JsonText.InvalidUtf8, JsonText.FindProblem([.. "{\"a\":\""u8, .. bad, .. "\"}"u8]));
        Assert.Equal(JsonText.InvalidUtf8, JsonText.FindProblem([.. "{\"a\":\"\\n"u8, .. bad, .. "\\t\"}"u8]));
    }
}
