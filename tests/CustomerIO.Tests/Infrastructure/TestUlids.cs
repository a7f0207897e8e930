using System.Globalization;

namespace CustomerIO.Tests.Infrastructure;

/// <summary>Valid, predictable ULIDs for tests that give events their own ids (the SDK refuses any other id).</summary>
internal static class TestUlids
{
    /// <summary>The n-th test id: a fixed ULID prefix and n in six digits (all valid Crockford base 32).</summary>
    public static string Of(int n) => "01HV5A3KQ8XN2CJ7RTW9" + n.ToString("D6", CultureInfo.InvariantCulture);
}
