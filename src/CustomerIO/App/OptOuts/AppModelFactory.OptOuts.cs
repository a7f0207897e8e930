using System.Linq;

namespace CustomerIO.App;

/// <summary>The opt-out answers.</summary>
public static partial class AppModelFactory
{
    /// <summary>A person's opt-outs.</summary>
    /// <param name="customerId">The person's id.</param>
    /// <param name="cioId">The person's Customer.io id.</param>
    /// <param name="optOuts">The opt-outs.</param>
    /// <returns>The person's opt-outs.</returns>
    public static PersonOptOuts PersonOptOuts(string? customerId, string? cioId, IEnumerable<OptOut> optOuts) =>
        new() { CustomerId = customerId, CioId = cioId, OptOuts = optOuts?.ToArray() ?? [] };

    /// <summary>One opt-out.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="from">The sender.</param>
    /// <returns>The opt-out.</returns>
    public static OptOut OptOut(OptOutChannel channel, string from) => new() { Channel = channel, From = from };
}
