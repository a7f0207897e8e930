using System.Text.Json.Serialization;

#pragma warning disable CA1002, CA1024, CA1032, CA1034, CA1064, CA1051, CA1819, CA2201, CA1065, CS0649, CA1812, CA1822
// Deliberately wrong types: the convention rules must report every one of their violations.
namespace CustomerIO.Tests.Conventions.Samples
{
    public class BadAsyncApi
    {
        public Task NoToken(int count) => Task.CompletedTask;

        public Task<int> TokenNotLast(CancellationToken cancellationToken, int count) => Task.FromResult(count);

        public ValueTask NoDefault(CancellationToken cancellationToken) => default;

        public ValueTask<int> WrongName(CancellationToken ct = default) => default;

        public Task Fine(int count, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<BadResponse> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(new BadResponse());

        public int NotAsync() => 0;

        public CustomerIOPageable<BadPagedItem> ListAsync(CancellationToken cancellationToken = default) => CustomerIOPageable<BadPagedItem>.FromPages([]);
    }

    public sealed class SealedClient
    {
        public SealedClient(int port) => Port = port;

        public int Port { get; }

        public Task PingAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public class PublicCtorClient
    {
        public PublicCtorClient()
        {
        }

        public Task PingAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public virtual Task FineAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public class MockableClient
    {
        protected MockableClient()
        {
        }

        public virtual Uri Endpoint => new("https://example.test/");

        public virtual Task PingAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public sealed class BadPagedItem
    {
        public string? Renamable { get; set; }
    }

    public sealed class BadResponse
    {
        public string? Settable { get; set; }

        public string? InitOnly { get; init; }

        public IReadOnlyList<BadChild> Children { get; } = [];

        public string Fine { get; } = "fine";

        public int Field;
    }

    public sealed class BadChild
    {
        public int Mutable { get; set; }

        public int Fine { get; private set; }
    }

    public sealed class BadWireBody
    {
        [JsonPropertyName("ok_name")]
        public string? Ok { get; init; }

        [JsonPropertyName("_reserved")]
        public string? Reserved { get; init; }

        public string? Unnamed { get; init; }

        [JsonPropertyName("camelCase")]
        public string? Camel { get; init; }

        [JsonPropertyName("nested")]
        public BadNested? Nested { get; init; }

        [JsonIgnore]
        public string? Ignored { get; init; }
    }

    public sealed class BadNested
    {
        public int Missing { get; init; }

        [JsonPropertyName("9lives")]
        public int Digit { get; init; }
    }

    public class StrayException : Exception
    {
    }

    public class RootedException : CustomerIOException
    {
        public RootedException()
            : base("fine")
        {
        }
    }

    public class NoConstructorOptions
    {
        public NoConstructorOptions(int value) => Value = value;

        public int Value { get; }
    }

    public class ThrowingOptions
    {
        public override string ToString() => throw new InvalidOperationException("boom");
    }

    public class FineOptions
    {
    }

    public abstract class AbstractBaseOptions
    {
    }

    public class PersonDto
    {
    }

    public class IdentifyWire
    {
    }
}

namespace CustomerIO.Tests.Conventions.Samples.Wire
{
    public class Leaked
    {
    }
}

namespace Stray.Samples
{
    public class Elsewhere
    {
    }
}
#pragma warning restore CA1002, CA1024, CA1032, CA1034, CA1064, CA1051, CA1819, CA2201, CA1065, CS0649, CA1812, CA1822
