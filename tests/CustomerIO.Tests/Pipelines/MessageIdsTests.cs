using CustomerIO.Pipelines.Wire;

namespace CustomerIO.Tests.Pipelines;

/// <summary>The ids that make a re-sent message a duplicate: version 4 UUIDs, never repeated.</summary>
public sealed class MessageIdsTests
{
    [Fact]
    public async Task Ids_are_version_4_uuids_of_the_rfc_variant_and_unique_across_threads()
    {
        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Enumerable.Range(0, 50_000).Select(_ => MessageIds.New()).ToArray())));
        var all = batches.SelectMany(b => b).ToArray();

        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.All(all.Take(1000), id =>
        {
            var text = id.ToString("D");
            Assert.Equal('4', text[14]);               // the version nibble
            Assert.Contains(text[19], "89ab");          // the variant bits 10xx
        });
    }
}
