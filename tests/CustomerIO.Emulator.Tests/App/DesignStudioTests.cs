using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Design Studio: UUID ids, folder trees and their rules, list filters and order, emails' envelopes and languages.</summary>
public sealed class DesignStudioTests : EmulatorTest
{
    private const string Announcements = "d5f0a000-0000-4000-8000-000000000001";
    private const string Onboarding = "d5f0a000-0000-4000-8000-000000000002";
    private const string Welcome = "d5e0a000-0000-4000-8000-000000000001";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = _time };

    [Fact]
    public async Task Folders_are_listed_under_a_parent_sorted_and_paged()
    {
        Assert.Equal(
            "{\"folders\":[{\"id\":\"d5f0a000-0000-4000-8000-000000000003\",\"name\":\"Launch week\",\"parent_folder_id\":\"" + Announcements + "\",\"created\":1714733000,\"updated\":1714733000}],\"meta\":{\"pagination\":{\"limit\":1000,\"page\":1,\"total\":1}}}",
            (await App(HttpMethod.Get, "v1/design_studio/folders?parent_folder_id=" + Announcements)).Body);
        var byName = await App(HttpMethod.Get, "v1/design_studio/folders?sort_by=name&sort_order=desc&limit=2&page=1");
        Assert.StartsWith("{\"folders\":[{\"id\":\"" + Announcements + "\",\"name\":\"Product Announcements\"", byName.Body, StringComparison.Ordinal);
        Assert.EndsWith("\"meta\":{\"pagination\":{\"limit\":2,\"page\":1,\"total\":3}}}", byName.Body, StringComparison.Ordinal);
        Assert.Equal("""{"folders":[],"meta":{"pagination":{"limit":2,"page":3,"total":3}}}""", (await App(HttpMethod.Get, "v1/design_studio/folders?limit=2&page=3")).Body);
        Assert.Contains("\"name\":\"Onboarding\"", (await App(HttpMethod.Get, "v1/design_studio/folders?direct_descendants_only=true&created_after=1714732850")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"meta":{"error":"invalid query parameter"}}""", null), await App(HttpMethod.Get, "v1/design_studio/folders?sort_by=size"));
        Assert.Equal(new Answer(404, """{"meta":{"error":"folder not found"}}""", null), await App(HttpMethod.Get, "v1/design_studio/folders?parent_folder_id=d5f0a000-0000-4000-8000-0000000000ff"));
    }

    [Fact]
    public async Task Folder_rules()
    {
        Assert.Equal(
            new Answer(200, "{\"folder\":{\"parent_folder_id\":\"" + Onboarding + "\",\"name\":\"Drip\",\"created\":1800000000,\"updated\":1800000000,\"id\":\"d5f0a000-0000-4000-8000-000000000004\"}}", null),
            await App(HttpMethod.Post, "v1/design_studio/folders", "{\"name\":\"Drip\",\"parent_folder_id\":\"" + Onboarding + "\"}"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"missing or invalid name"}}""", null), await App(HttpMethod.Post, "v1/design_studio/folders", """{"name":"a/b"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"unknown field color"}}""", null), await App(HttpMethod.Post, "v1/design_studio/folders", """{"name":"x","color":"red"}"""));
        Assert.Equal(new Answer(404, """{"meta":{"error":"parent folder not found"}}""", null), await App(HttpMethod.Post, "v1/design_studio/folders", """{"name":"x","parent_folder_id":"0b6c2a1e-5d1f-4a55-9d2b-6e2f0a9c7f01"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"parent_folder_id is not a valid place to move the folder to"}}""", null), await App(HttpMethod.Put, "v1/design_studio/folders/" + Announcements, "{\"parent_folder_id\":\"d5f0a000-0000-4000-8000-000000000003\"}"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"id is not a valid UUID"}}""", null), await App(HttpMethod.Get, "v1/design_studio/folders/12"));
        Assert.Equal(new Answer(409, """{"meta":{"error":"folder is not empty"}}""", null), await App(HttpMethod.Delete, "v1/design_studio/folders/" + Announcements));
        Assert.Equal(204, (await App(HttpMethod.Put, "v1/design_studio/folders/" + Onboarding, "{\"name\":\"Onboarding flows\"}")).Status);
        Assert.Contains("\"name\":\"Onboarding flows\"", (await App(HttpMethod.Get, "v1/design_studio/folders/" + Onboarding)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Components_are_listed_without_content_with_their_sibling_folders()
    {
        var list = await App(HttpMethod.Get, "v1/design_studio/components?tag=hero-banner");

        Assert.Equal(
            "{\"components\":[{\"id\":\"d5c0a000-0000-4000-8000-000000000002\",\"name\":\"Hero banner\",\"tag\":\"hero-banner\",\"parent_folder_id\":\"" + Announcements + "\",\"created\":1773856100,\"updated\":1773856100}],"
            + "\"folders\":[{\"id\":\"" + Announcements + "\",\"name\":\"Product Announcements\",\"parent_folder_id\":null,\"created\":1714732800,\"updated\":1714732800},{\"id\":\"" + Onboarding + "\",\"name\":\"Onboarding\",\"parent_folder_id\":null,\"created\":1714732900,\"updated\":1714732900}],"
            + "\"meta\":{\"pagination\":{\"limit\":1000,\"page\":1,\"total\":1}}}",
            list.Body);
        Assert.Equal(new Answer(400, """{"meta":{"error":"tag is required"}}""", null), await App(HttpMethod.Post, "v1/design_studio/components", """{"name":"x","content":""}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"name cannot exceed 255 characters"}}""", null), await App(HttpMethod.Post, "v1/design_studio/components", "{\"name\":\"" + new string('n', 256) + "\",\"tag\":\"t\",\"content\":\"\"}"));
        Assert.Equal(new Answer(400, """{"meta":{"error":"content is required"}}""", null), await App(HttpMethod.Post, "v1/design_studio/components", """{"name":"x","tag":"t"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"an update needs at least one field"}}""", null), await App(HttpMethod.Put, "v1/design_studio/components/d5c0a000-0000-4000-8000-000000000001", "{}"));
    }

    [Fact]
    public async Task An_email_names_its_sender_and_filters_by_its_flags()
    {
        var created = await App(HttpMethod.Post, "v1/design_studio/emails", """{"name":"Receipt","envelope":{"from_id":2,"reply_to_id":1},"is_template":true}""");

        Assert.Equal(
            """{"email":{"parent_folder_id":null,"is_template":true,"is_linked":false,"has_translations":false,"available_languages":[],"content":{},"envelope":{"from_id":2,"reply_to_id":1,"from":"Support <support@example.com>","reply_to":"Cher Ami <hello@example.com>"},"transformers":{},"name":"Receipt","created":1800000000,"updated":1800000000,"id":"d5e0a000-0000-4000-8000-000000000003"}}""",
            created.Body);
        Assert.Equal(new Answer(400, """{"meta":{"error":"from_id does not reference an existing identity"}}""", null), await App(HttpMethod.Post, "v1/design_studio/emails", """{"name":"x","envelope":{"from_id":99}}"""));
        var templates = await App(HttpMethod.Get, "v1/design_studio/emails?is_template=true&sort_by=created&sort_order=desc");
        Assert.StartsWith(
            """{"emails":[{"parent_folder_id":null,"is_template":true,"is_linked":false,"has_translations":false,"name":"Receipt","created":1800000000,"updated":1800000000,"id":"d5e0a000-0000-4000-8000-000000000003"},{"id":"d5e0a000-0000-4000-8000-000000000002",""",
            templates.Body,
            StringComparison.Ordinal);
        Assert.Equal(
            "{\"emails\":[],\"folders\":[{\"id\":\"d5f0a000-0000-4000-8000-000000000003\",\"name\":\"Launch week\",\"parent_folder_id\":\"" + Announcements + "\",\"created\":1714733000,\"updated\":1714733000}],\"meta\":{\"pagination\":{\"limit\":1000,\"page\":1,\"total\":0}}}",
            (await App(HttpMethod.Get, "v1/design_studio/emails?parent_folder_id=" + Announcements + "&is_linked=true")).Body);
    }

    [Fact]
    public async Task Languages_copy_the_email_follow_its_available_languages_and_go_with_it()
    {
        var spanish = await App(HttpMethod.Post, "v1/design_studio/emails/" + Welcome + "/languages", """{"language":"es","content":{"subject":"Bienvenido"}}""");

        Assert.Equal(
            "{\"email_translation\":{\"language\":\"es\",\"content\":{\"subject\":\"Bienvenido\"},\"envelope\":{\"from_id\":1,\"from\":\"Cher Ami <hello@example.com>\",\"recipient\":\"{{customer.email}}\",\"fake_bcc\":true,\"headers\":[]},\"transformers\":{},"
            + "\"language_group_id\":\"" + Welcome + "\",\"created\":1800000000,\"updated\":1800000000,\"id\":\"d5e1a000-0000-4000-8000-000000000001\",\"parent_folder_id\":\"" + Onboarding + "\",\"is_template\":false,\"is_linked\":true,\"available_languages\":[\"es\"]}}",
            spanish.Body);
        Assert.Equal(new Answer(409, """{"meta":{"error":"the email already has this language"}}""", null), await App(HttpMethod.Post, "v1/design_studio/emails/" + Welcome + "/languages", """{"language":"es"}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"Invalid language code"}}""", null), await App(HttpMethod.Post, "v1/design_studio/emails/" + Welcome + "/languages", """{"language":"Spanish"}"""));
        Assert.Contains("\"has_translations\":true", (await App(HttpMethod.Get, "v1/design_studio/emails?has_translations=true")).Body, StringComparison.Ordinal);

        Assert.Equal(204, (await App(HttpMethod.Put, "v1/design_studio/emails/" + Welcome + "/languages/es", """{"content":{"subject":"Hola"}}""")).Status);
        Assert.Contains("\"content\":{\"subject\":\"Hola\"}", (await App(HttpMethod.Get, "v1/design_studio/emails/" + Welcome + "/languages/es")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(404, """{"meta":{"error":"translation not found"}}""", null), await App(HttpMethod.Get, "v1/design_studio/emails/" + Welcome + "/languages/fr"));

        Assert.Equal(204, (await App(HttpMethod.Delete, "v1/design_studio/emails/" + Welcome)).Status);
        Assert.Equal(new Answer(404, """{"meta":{"error":"email not found"}}""", null), await App(HttpMethod.Get, "v1/design_studio/emails/" + Welcome + "/languages"));
    }
}
