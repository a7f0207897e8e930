using System.Net;
using System.Text;
using CustomerIO.Emulator.Hosting;

namespace CustomerIO.Emulator.Tests.Hardening;

/// <summary>Admin bodies over their limit answer a JSON 413; fault profiles and webhook requests with unknown keys are refused by name.</summary>
public sealed class AdminBodyTests : EmulatorTest
{
    private const string TooLarge = """{"message":"the request body must be at most 1048576 bytes"}""";
    private const string NoFaults = """{"down":"none","rules":[]}""";

    [Theory]
    [InlineData("_emulator/faults", true)]
    [InlineData("_emulator/faults", false)]
    [InlineData("_emulator/webhooks", true)]
    [InlineData("_emulator/webhooks", false)]
    public async Task A_body_over_the_admin_limit_answers_413_with_a_json_message(string path, bool declaredLength)
    {
        // A valid JSON body just over 1 MB, with its length declared (refused unread) or chunked (refused at the limit).
        var padding = "{\"seed\":1,\"x\":\"" + new string('a', 1024 * 1024) + "\"}";
        var method = path.EndsWith("faults", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post;
        using var request = new HttpRequestMessage(method, path)
        {
            Content = declaredLength ? new ByteArrayContent(Encoding.UTF8.GetBytes(padding)) : new ChunkedContent(Encoding.UTF8.GetBytes(padding)),
        };

        using var response = await Client.SendAsync(request);

        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, TooLarge), (response.StatusCode, await response.Content.ReadAsStringAsync()));
        Assert.Equal(new Answer(200, NoFaults, null), await Get("_emulator/faults"));
    }

    [Fact]
    public async Task A_fault_profile_with_unknown_keys_is_refused_naming_them_all()
    {
        var answer = await Put("_emulator/faults", """{"seed":1,"bogus":2,"rules":[{"status":503},{"status":500,"rat":0.5}],"rate_limits":{"track_per_sec":1},"Down":"abort"}""");

        Assert.Equal(new Answer(400, """{"message":"unknown keys: bogus, rules[1].rat, rate_limits.track_per_sec, Down"}""", null), answer);
        Assert.Equal(new Answer(200, NoFaults, null), await Get("_emulator/faults"));
    }

    [Fact]
    public async Task A_fault_profile_with_one_unknown_key_names_it_and_known_keys_still_work()
    {
        Assert.Equal(new Answer(400, """{"message":"unknown key: rules[0].latency"}""", null), await Put("_emulator/faults", """{"rules":[{"latency":100}]}"""));

        var valid = """{"seed":3,"down":"none","rules":[{"api":"track","path_pattern":"/api/*","rate":0.5,"status":503,"retry_after_seconds":2,"latency_ms":10,"abort":false,"max_count":4}],"rate_limits":{"track_per_second":5,"app_per_second":2,"broadcast_interval_ms":1000}}""";
        Assert.Equal(new Answer(200, valid, null), await Put("_emulator/faults", valid));
    }

    [Fact]
    public async Task A_webhook_request_with_an_unknown_key_is_refused_but_its_payload_is_free()
    {
        var answer = await Post("_emulator/webhooks", """{"target_url":"http://127.0.0.1:1/","signing_secret":"s","payload":{"any":{"thing":1}},"secret":"x"}""");

        Assert.Equal(new Answer(400, """{"message":"unknown key: secret"}""", null), answer);
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_fault_profile_is_400()
    {
        var answer = await Put("_emulator/faults", """{"rules":[{"path_pattern":"/api/\ud800"}]}""");

        Assert.Equal(new Answer(400, """{"message":"a \\u escape leaves a surrogate (D800-DFFF) without its pair"}""", null), answer);
    }

    [Fact]
    public async Task Content_after_the_profile_is_refused()
    {
        var answer = await Put("_emulator/faults", """{"seed":1} {"seed":2}""");

        Assert.Equal(400, answer.Status);
        Assert.StartsWith("""{"message":"'{' is invalid after a single JSON value.""", answer.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, NoFaults, null), await Get("_emulator/faults"));
    }

    [Fact]
    public void A_faults_file_with_unknown_keys_is_refused_naming_them()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"seed":1,"rules":[{"stauts":503}]}""");

            var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(["--faults", path]));

            Assert.Equal("unknown key: rules[0].stauts", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A body sent with chunked transfer encoding: no Content-Length for the server to refuse early.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
