namespace CustomerIO.Tests.App;

/// <summary>Samples of the people reads, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string CustomerProfileJson =
        """{"attributes":{"_last_emailed":"1528932553","cio_id":"03000001","created_at":"1489014595","email":"test@example.com","id":"1","title":"tester"},"devices":[{"id":"my_android_device_id","last_used":1514764800,"platform":"android","attributes":{"push_enabled":"true"}},{"id":"my_ios_device_id","last_used":1514764800,"platform":"ios"}],"id":"1","identifiers":{"cio_id":"03000001","email":"test@example.com","id":"1"},"timestamps":{"_last_emailed":1528932553,"cio_id":1489014595,"title":1508932553},"unsubscribed":false}""";

    public const string CustomerAttributesAnswer = """{"customer":""" + CustomerProfileJson + "}";

    public const string CustomersAttributesAnswer = """{"customers":[{"customer":""" + CustomerProfileJson + "}]}";

    public const string CustomerRelationshipsPage =
        """{"cio_relationships":[{"identifiers":{"object_id":"acme","cio_object_id":"ob020101"},"object_type_id":1,"attributes":{"role":"admin"},"timestamps":{"name":1700000000}}],"next":""}""";
}
