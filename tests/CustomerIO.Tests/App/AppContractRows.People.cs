using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;

namespace CustomerIO.Tests.App;

/// <summary>The hand-written people rows: the attributes of many people at once, one id_type for all.</summary>
internal static partial class AppContractRows
{
    private static IEnumerable<WireRow<AppClient>> PeopleHand() =>
    [
        new(
            "Customers.GetManyAttributesAsync",
            c => c.Customers.GetManyAttributesAsync([CustomerIdentifier.Email("ann@example.com"), CustomerIdentifier.Email("bo+shop@example.com")]),
            "POST", "/v1/customers/attributes?id_type=email", """{"ids":["ann@example.com","bo+shop@example.com"]}""", "/v1/customers/attributes", true)
        {
            Api = WireApi.App,
            Answer = (200, AppSamples.CustomersAttributesAnswer),
        },
    ];
}
