namespace CustomerIO.Tests.App;

/// <summary>Samples of the email provider's suppressions, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string SuppressionJson =
        """{"created":1650895738,"email":"bounced.person@example.com","reason":"Uploaded manually via api.customer.io","status":"550"}""";

    public const string EmailSuppressionSearch = """{"category":"bounces","suppressions":[""" + SuppressionJson + "]}";

    public const string SuppressionsPage = """{"category":"bounces","suppressions":[""" + SuppressionJson + "]}";

    public const string DomainSuppressionsPage = """{"category":"bounces","next":"","suppressions":[""" + SuppressionJson + "]}";
}
