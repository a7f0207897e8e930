namespace CustomerIO.Tests.App;

/// <summary>Samples of the subscription centre reads, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string SubscriptionTopicsAnswer =
        """{"topics":[{"description":"For people who want updates on product releases.","id":4,"identifier":"topic_4","name":"Product Updates","subscribed_by_default":false}]}""";

    public const string SubscriptionChannelsAnswer =
        """{"channels":[{"description":"Email messages","id":1,"name":"Email","subscribed_by_default":true,"type":"email"}]}""";

    public const string SubscriptionCenterToken = """{"token":"abc.def","url":"https://track.customer.io/u/i/abc.def/"}""";
}
