namespace CustomerIO.Tests.App;

/// <summary>The Sender identities samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string SenderIdentityJson =
        """{"address":"Cher Ami <test@example.com>","auto_generated":false,"deduplicate_id":"4534:1478035647","email":"test@example.com","id":4534,"name":"Cher Ami","template_type":"email"}""";

    public const string SenderIdentitiesPage = """{"sender_identities":[""" + SenderIdentityJson + """],"next":""}""";

    public const string SenderIdentityAnswer = """{"sender_identity":""" + SenderIdentityJson + "}";

    public const string SenderIdentityUsage = """{"campaigns":[3,5],"draft_newsletters":[8],"sent_newsletters":[]}""";
}
