using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>The email provider's suppression lists: seeded, listed by type and per domain, searched, added to and removed from.</summary>
public sealed class EmailSuppressionsTests : EmulatorTest
{
    private const string Bounced = """{"email":"bounced.person@example.com","reason":"550 5.1.1 The email account does not exist","status":"550","created":1650895738}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task A_fresh_emulator_has_the_seeded_lists()
    {
        Assert.Equal(new Answer(200, """{"category":"bounces","suppressions":[""" + Bounced + "]}", null), await App(HttpMethod.Get, "v1/esp/suppression/bounces"));
        Assert.Equal(
            new Answer(200, """{"category":"spam","suppressions":[{"email":"complainer@example.com","reason":"Reported as spam","status":"550","created":1650895800}]}""", null),
            await App(HttpMethod.Get, "v1/esp/search_suppression/COMPLAINER%40example.com"));
        Assert.Equal(new Answer(200, """{"suppressions":[]}""", null), await App(HttpMethod.Get, "v1/esp/search_suppression/nobody%40example.com"));
    }

    [Fact]
    public async Task Added_addresses_list_by_offset_and_per_domain_with_a_cursor_and_are_removed()
    {
        Assert.Equal(new Answer(200, "{}", null), await App(HttpMethod.Post, "v1/esp/suppression/bounces/gone%40shop.example.com"));
        Assert.Equal(new Answer(200, "{}", null), await App(HttpMethod.Post, "v1/esp/suppression/bounces/gone%40shop.example.com"));
        await App(HttpMethod.Post, "v1/esp/suppression/bounces/left%40shop.example.com");
        const string Gone = """{"email":"gone@shop.example.com","reason":"Added through the App API (emulated)","status":"550","created":1800000000}""";

        Assert.Equal(new Answer(200, """{"category":"bounces","suppressions":[""" + Gone + "]}", null), await App(HttpMethod.Get, "v1/esp/suppression/bounces?limit=1&offset=1"));
        Assert.Equal(new Answer(200, """{"category":"bounces","suppressions":[""" + Bounced + "]}", null), await App(HttpMethod.Get, "v1/esp/suppression/bounces?domain=mail.example.com"));
        Assert.Equal(new Answer(200, """{"category":"bounces","suppressions":[""" + Gone + """],"next":"1"}""", null), await App(HttpMethod.Get, "v1/esp/domains/shop.example.com/suppression/bounces?limit=1"));
        Assert.Equal(new Answer(200, """{"category":"bounces","suppressions":[""" + Gone + """],"next":""}""", null), await App(HttpMethod.Get, "v1/esp/domains/shop.example.com/suppression/bounces?email=gone%40shop.example.com"));

        Assert.Equal(new Answer(204, string.Empty, null), await App(HttpMethod.Delete, "v1/esp/suppression/bounces/gone%40shop.example.com"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"suppression not found"}}""", null), await App(HttpMethod.Delete, "v1/esp/suppression/bounces/gone%40shop.example.com"));
    }

    [Fact]
    public async Task Unknown_types_addresses_and_page_sizes_are_refused()
    {
        const string Type = """{"meta":{"error":"suppression_type must be blocks, bounces, spam_reports or invalid_emails"}}""";

        Assert.Equal(new Answer(400, Type, null), await App(HttpMethod.Get, "v1/esp/suppression/spam"));
        Assert.Equal(new Answer(400, Type, null), await App(HttpMethod.Post, "v1/esp/suppression/spam/a%40example.com"));
        Assert.Equal(new Answer(400, Type, null), await App(HttpMethod.Delete, "v1/esp/suppression/spam/a%40example.com"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"email_address must be an email address"}}""", null), await App(HttpMethod.Post, "v1/esp/suppression/blocks/not-an-address"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 1000 and offset 0 or more"}}""", null), await App(HttpMethod.Get, "v1/esp/suppression/blocks?limit=1001"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 1000"}}""", null), await App(HttpMethod.Get, "v1/esp/domains/a.example/suppression/blocks?limit=0"));
    }
}
