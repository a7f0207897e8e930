using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Emulator.Tests.App;

/// <summary>Assets: the multipart upload and its rules, folders and their rules, lists by page number under a folder.</summary>
public sealed class AssetsTests : EmulatorTest
{
    protected override CustomerIOEmulatorOptions CreateOptions() => new() { TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000)) };

    [Fact]
    public async Task An_upload_is_stored_under_its_folder_and_listed_there()
    {
        var uploaded = await Upload(File("banner.gif", "image/gif", 7), Text("name", "Banner"), Text("parent_folder_id", "2"));

        Assert.Equal(
            new Answer(200, """{"asset":{"name":"Banner","parent_folder_id":2,"size":7,"created":1800000000,"updated":1800000000,"id":4,"path":"https://assets.emulator.invalid/4/Banner"}}""", null),
            uploaded);
        Assert.Equal(
            """{"assets":[{"id":2,"name":"holiday-banner.jpg","parent_folder_id":2,"path":"https://assets.emulator.invalid/2/holiday-banner.jpg","size":48213,"created":1773856021,"updated":1773856021},{"name":"Banner","parent_folder_id":2,"size":7,"created":1800000000,"updated":1800000000,"id":4,"path":"https://assets.emulator.invalid/4/Banner"}],"meta":{"pagination":{"limit":1000,"page":1,"total":2}}}""",
            (await App(HttpMethod.Get, "v1/assets?parent_folder_id=2")).Body);
        Assert.Equal("""{"assets":[{"id":2,"name":"holiday-banner.jpg","parent_folder_id":2,"path":"https://assets.emulator.invalid/2/holiday-banner.jpg","size":48213,"created":1773856021,"updated":1773856021}],"meta":{"pagination":{"limit":1,"page":1,"total":2}}}""",
            (await App(HttpMethod.Get, "v1/assets?parent_folder_id=1&limit=1")).Body);
        Assert.Equal("""{"assets":[],"meta":{"pagination":{"limit":1000,"page":1,"total":0}}}""", (await App(HttpMethod.Get, "v1/assets?parent_folder_id=1&direct_descendants_only=true")).Body);
        Assert.Equal(new Answer(400, """{"meta":{"error":"limit must be 1 to 10000"}}""", null), await App(HttpMethod.Get, "v1/assets?limit=10001"));
    }

    [Fact]
    public async Task Uploads_the_api_refuses()
    {
        Assert.Equal(new Answer(400, """{"meta":{"error":"file is required"}}""", null), await Upload(Text("name", "x")));
        Assert.Equal(new Answer(400, """{"meta":{"error":"file must be one of image/bmp, image/jpeg, image/jpg, image/png, image/gif, application/pdf"}}""", null), await Upload(File("a.svg", "image/svg+xml", 3)));
        Assert.Equal(new Answer(400, """{"meta":{"error":"file must hold 1 byte to 2 MB"}}""", null), await Upload(File("big.png", "image/png", (2 * 1024 * 1024) + 1)));
        Assert.Equal(new Answer(404, """{"meta":{"error":"parent folder not found"}}""", null), await Upload(File("a.png", "image/png", 3), Text("parent_folder_id", "77")));
        Assert.Equal(new Answer(400, """{"meta":{"error":"the body must be a multipart/form-data form"}}""", null), await App(HttpMethod.Post, "v1/assets/files", "{}"));
    }

    [Fact]
    public async Task Files_and_folders_are_changed_with_204_and_their_rules_hold()
    {
        Assert.Equal(204, (await App(HttpMethod.Put, "v1/assets/files/1", """{"name":"brand.png","parent_folder_id":1}""")).Status);
        Assert.StartsWith("""{"asset":{"id":1,"name":"brand.png","parent_folder_id":1,""", (await App(HttpMethod.Get, "v1/assets/files/1")).Body, StringComparison.Ordinal);
        Assert.Equal(new Answer(400, """{"meta":{"error":"unknown field size"}}""", null), await App(HttpMethod.Put, "v1/assets/files/1", """{"size":3}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"name cannot be blank"}}""", null), await App(HttpMethod.Put, "v1/assets/files/1", """{"name":" "}"""));

        Assert.Equal(
            new Answer(200, """{"folder":{"parent_folder_id":1,"name":"Icons","created":1800000000,"updated":1800000000,"id":3}}""", null),
            await App(HttpMethod.Post, "v1/assets/folders", """{"name":"Icons","parent_folder_id":1}"""));
        Assert.Equal(new Answer(409, """{"meta":{"error":"a folder with that name already exists here"}}""", null), await App(HttpMethod.Post, "v1/assets/folders", """{"name":"Icons","parent_folder_id":1}"""));
        Assert.Equal(new Answer(400, """{"meta":{"error":"a folder cannot move into itself or one of its descendants"}}""", null), await App(HttpMethod.Put, "v1/assets/folders/1", """{"parent_folder_id":3}"""));
        Assert.Equal(new Answer(409, """{"meta":{"error":"folder is not empty"}}""", null), await App(HttpMethod.Delete, "v1/assets/folders/1"));
        Assert.Equal(204, (await App(HttpMethod.Delete, "v1/assets/folders/3")).Status);
        Assert.Equal(new Answer(404, """{"meta":{"error":"folder not found"}}""", null), await App(HttpMethod.Get, "v1/assets/folders/3"));
    }

    private static Part File(string fileName, string type, int size) => new("file", fileName, type, size, null);

    private static Part Text(string name, string text) => new(name, null, null, 0, text);

    private async Task<Answer> Upload(params Part[] parts)
    {
        using var form = new MultipartFormDataContent();
        foreach (var part in parts)
        {
            if (part.FileName is null)
            {
                form.Add(new StringContent(part.Text!), part.Name);
                continue;
            }

            var file = new ByteArrayContent(new byte[part.Size]);
            file.Headers.ContentType = new MediaTypeHeaderValue(part.Type!);
            form.Add(file, part.Name, part.FileName);
        }

        using var response = await AppClient.PostAsync("v1/assets/files", form);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), null);
    }

    private sealed record Part(string Name, string? FileName, string? Type, int Size, string? Text);
}
