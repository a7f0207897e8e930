using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>Samples of the object operations, shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string ObjectTypesAnswer =
        """{"types":[{"enabled":true,"icon":"calendar","id":"1","name":"Concerts","singular_name":"Concert","singular_slug":"concert","slug":"concerts"}]}""";

    public const string ObjectSearchJson =
        """{"object_type_id":"1","filter":{"and":[{"object_attribute":{"field":"name","operator":"exists","type_id":"1"}},{"object_attribute":{"field":"plan","operator":"eq","type_id":"1","value":"pro"}}]}}""";

    public const string ObjectSearchPage = """{"identifiers":[{"cio_object_id":"ob020101","object_id":"ae3000"}],"ids":["ae3000"],"next":""}""";

    public const string ObjectAttributesAnswer =
        """{"object":{"attributes":{"name":"Acme","seats":20},"identifiers":{"cio_object_id":"ob020101","object_id":"acme"},"object_type_id":"1","timestamps":{"name":1700000000,"seats":1700000001}}}""";

    public const string ObjectRelationshipsPage =
        """{"cio_relationships":[{"identifiers":{"cio_id":"a3000001","email":"test@example.com","id":"42"},"object_type_disabled":false,"object_type_id":"1"}],"next":""}""";

    public static ObjectSearch ObjectSearch => new("1", ObjectFilter.And(ObjectFilter.AttributeExists("name"), ObjectFilter.AttributeEquals("plan", "pro")));
}
