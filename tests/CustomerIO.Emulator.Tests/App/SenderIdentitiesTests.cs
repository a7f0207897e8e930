namespace CustomerIO.Emulator.Tests.App;

/// <summary>Sender identities: the seeded senders by cursor, hidden ones on request, sorted, one by id, what uses it.</summary>
public sealed class SenderIdentitiesTests : EmulatorTest
{
    [Fact]
    public async Task The_list_pages_by_cursor_and_hides_hidden_senders_unless_asked()
    {
        var first = await App(HttpMethod.Get, "v1/sender_identities?limit=2");
        var second = await App(HttpMethod.Get, "v1/sender_identities?limit=2&start=2");
        var all = await App(HttpMethod.Get, "v1/sender_identities?hidden=true&sort=desc&limit=10");

        Assert.Equal(
            """{"sender_identities":[{"id":1,"name":"Cher Ami","email":"hello@example.com","address":"Cher Ami <hello@example.com>","phone":null,"template_type":"email","auto_generated":false,"hidden":false,"deduplicate_id":"1:1478035647"},{"id":2,"name":"Support","email":"support@example.com","address":"Support <support@example.com>","phone":null,"template_type":"email","auto_generated":false,"hidden":false,"deduplicate_id":"2:1478035647"}],"next":"2"}""",
            first.Body);
        Assert.EndsWith("""{"id":3,"name":"Alerts","email":null,"address":null,"phone":"+15005550006","template_type":"phone","auto_generated":false,"hidden":false,"deduplicate_id":"3:1478035647"}],"next":""}""", second.Body, StringComparison.Ordinal);
        Assert.StartsWith("""{"sender_identities":[{"id":4,"name":"Old marketing",""", all.Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"meta":{"error":"sort must be asc or desc"}}""", null), await App(HttpMethod.Get, "v1/sender_identities?sort=up"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 1000"}}""", null), await App(HttpMethod.Get, "v1/sender_identities?limit=1001"));
    }

    [Fact]
    public async Task One_sender_and_what_uses_it()
    {
        Assert.StartsWith("""{"sender_identity":{"id":2,"name":"Support",""", (await App(HttpMethod.Get, "v1/sender_identities/2")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(200, """{"campaigns":[3,5],"draft_newsletters":[8],"sent_newsletters":[2]}""", null), await App(HttpMethod.Get, "v1/sender_identities/1/used_by"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"sender identity not found"}}""", null), await App(HttpMethod.Get, "v1/sender_identities/99/used_by"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"sender identity not found"}}""", null), await App(HttpMethod.Get, "v1/sender_identities/abc"));
    }
}
