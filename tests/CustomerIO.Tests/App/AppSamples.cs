using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>
/// One sample request body per body type of the table (with its exact JSON), and one sample answer per answer type,
/// as Customer.io's OpenAPI shapes them. The generated contract rows use these by name.
/// </summary>
internal static partial class AppSamples
{
    public const string SegmentJson =
        """{"id":7,"deduplicate_id":"7:1552341937","name":"VIP","description":"Big spenders","state":"finished","progress":null,"type":"manual","tags":["shop"],"created_at":1552341937,"updated_at":1552341999}""";

    public const string SegmentsAnswer = """{"segments":[""" + SegmentJson + "]}";

    public const string SegmentAnswer = """{"segment":""" + SegmentJson + "}";

    public const string SegmentCountAnswer = """{"count":3}""";

    public const string SegmentMembershipPage = """{"identifiers":[{"id":"1","email":"ann@example.com","cio_id":"a1"}],"ids":["1"],"next":""}""";

    public const string CustomerSearchPage = """{"identifiers":[{"id":null,"email":"bo@example.com","cio_id":3000001}],"ids":[null],"next":""}""";

    public const string MessageJson =
        """{"id":"dgOq6QWq6QUBAAF4","deduplicate_id":"dgOq6QWq6QUBAAF4:1619137768","customer_id":"42","customer_identifiers":{"id":"42","email":"ann@example.com","cio_id":"a1"},"type":"email","recipient":"ann@example.com","subject":"Hello","created":1619137767,"failure_message":null,"forgotten":false,"metrics":{"sent":1619137768,"delivered":1619137769},"campaign_id":23,"action_id":215,"parent_action_id":null,"newsletter_id":null,"content_id":null,"broadcast_id":null,"trigger_event_id":null,"message_template_id":43,"tracked_responses":{"how-satisfied":{"id":1,"ts":1715769560}}}""";

    public const string MessagesPage = """{"messages":[""" + MessageJson + """],"next":""}""";

    public const string MessageAnswer = """{"message":""" + MessageJson + "}";

    public const string ActivitiesPage =
        """{"activities":[{"customer_id":"42","customer_identifiers":{"id":"42","email":null,"cio_id":"a1"},"data":{"delivered":true,"delivery_id":"dlv_1","opened":false},"delivery_id":"dlv_1","delivery_type":"email","id":"01HV","timestamp":1700000000,"type":"sent_email"}],"next":""}""";

    public const string ExportJson =
        """{"id":110,"deduplicate_id":"110:1530296738","type":"customers","description":"VIPs","status":"done","failed":false,"total":1234,"downloads":2,"user_id":0,"user_email":"person@example.com","created_at":1530296738,"updated_at":1530296739}""";

    public const string ExportsAnswer = """{"exports":[""" + ExportJson + "]}";

    public const string ExportAnswer = """{"export":""" + ExportJson + "}";

    public const string ExportDownload = """{"url":"https://files.example.test/exports/110.csv?signature=abc"}""";

    public const string CustomersExportJson = """{"filters":{"segment":{"id":3}},"attributes":["plan","first_name"]}""";

    public const string SubscriptionPreferencesAnswer =
        """{"customer":{"header":{"subtitle":"Check the topics you want.","title":"Your preferences"},"id":"1","identifiers":{"cio_id":"01000001","email":"me@example.com","id":"1"},"topics":[{"description":"Deals","id":1,"name":"Offers","subscribed":true},{"id":3,"name":"Feedback","subscribed":false}],"unsubscribed":false}}""";

    public const string BroadcastTriggerErrorsPage = """{"errors":["id 9 not found"],"next":""}""";

    public const string SegmentCreationJson = """{"segment":{"name":"VIP","description":"Big spenders"}}""";

    public const string CustomerSearchJson =
        """{"filter":{"and":[{"segment":{"id":3}},{"not":{"attribute":{"field":"plan","operator":"eq","value":"free"}}}]}}""";

    public static SegmentCreation SegmentCreation => new("VIP") { Description = "Big spenders" };

    public static CustomersExport CustomersExport => new(AudienceFilter.Segment(3)) { Attributes = ["plan", "first_name"] };

    public static CustomerSearch CustomerSearch => AudienceFilter.Segment(3) & !AudienceFilter.AttributeEquals("plan", "free");
}
