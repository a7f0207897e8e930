using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Campaigns and Broadcasts samples (actions and metrics are shared), shaped as Customer.io's OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string CampaignJson =
        """{"id":5,"deduplicate_id":"5:1552341937","name":"Welcome","description":"Sends a welcome series to new trial signups.","type":"segment","active":true,"state":"running","actions":[{"id":259,"type":"email"}],"tags":["new","welcome"],"filter_segment_ids":[21,42],"trigger_segment_ids":[90],"first_started":1552341937,"created":1552341900,"updated":1552341999,"msg_templates":[{"id":1,"type":"email"}]}""";

    public const string CampaignsAnswer = """{"campaigns":[""" + CampaignJson + "]}";

    public const string CampaignAnswer = """{"campaign":""" + CampaignJson + "}";

    public const string ActionJson =
        """{"id":96,"campaign_id":5,"parent_action_id":null,"deduplicate_id":"96:1552341937","name":"Opening Message","layout":"","created":1552341937,"updated":1552341999,"body":"<p>Hi {{customer.first_name}}</p>","type":"email","sending_state":"automatic","language":"","from":"sentFrom@example.com","from_id":1,"reply_to":"replyto@example.com","reply_to_id":38,"recipient":"{{customer.email}}","subject":"Did you get that thing I sent you?","cc":"","bcc":"","fake_bcc":false,"preheader_text":"","body_amp":"","preprocessor":"premailer","headers":"[{\"name\":\"X-Mailgun-Tag\",\"value\":\"my-cool-tag\"}]"}""";

    public const string ActionsPage = """{"actions":[""" + ActionJson + """],"next":""}""";

    public const string ActionAnswer = """{"action":""" + ActionJson + "}";

    public const string ActionUpdateJson = """{"body":"<p>Hello</p>","subject":"New subject","headers":[{"name":"X-Mailgun-Tag","value":"my-cool-tag"}],"sending_state":"draft"}""";

    public static ActionUpdate ActionUpdate => new()
    {
        Body = "<p>Hello</p>",
        Subject = "New subject",
        Headers = [new ActionHeader("X-Mailgun-Tag", "my-cool-tag")],
        SendingState = SendingState.Draft,
    };

    public const string MetricsReport =
        """{"metric":{"series":{"attempted":[0,2],"sent":[1,2],"delivered":[1,1],"opened":[0,1],"human_clicked":[0,1]}},"language_variants":{"97":{"default":false,"language":"es","series":{"sent":[0,1]}}},"start":"2025-01-01 00:00:00 +0000 UTC","end":"2025-01-02 00:00:00 +0000 UTC","res":"days"}""";

    public const string LinkMetricsAnswer =
        """{"links":[{"link":{"id":1234,"href":"https://docs.customer.io"},"metric":{"series":{"clicked":[1,3,5,7],"human_clicked":[1,2,3,4],"machine_clicked":[0,1,1,2]}}}]}""";

    public const string JourneyMetricsAnswer =
        """{"journey_metric":{"started":[4,2],"activated":[3,2],"never_activated":[1,0],"exited_early":[0,1],"messaged":[3,1],"converted":[1,0],"finished":[2,1]}}""";

    public const string BroadcastJson =
        """{"id":2,"deduplicate_id":"2:1520467200","name":"basic","type":"triggered_broadcast","active":true,"state":"running","actions":[{"id":3,"type":"email"}],"tags":["launch"],"first_started":1520467200,"created":1520467200,"updated":1520467201,"created_by":"ExamplePerson"}""";

    public const string BroadcastsAnswer = """{"broadcasts":[""" + BroadcastJson + "]}";

    public const string BroadcastAnswer = """{"broadcast":""" + BroadcastJson + "}";

    public const string BroadcastTriggerJson = """{"id":3,"broadcast_id":2,"created_at":1552341937,"processed_at":1552341990}""";

    public const string BroadcastTriggersAnswer = """{"triggers":[""" + BroadcastTriggerJson + "]}";

    public const string BroadcastTriggerStatusAnswer = """{"trigger":""" + BroadcastTriggerJson + "}";

    public const string ArchivedMessageAnswer =
        """{"archived_message":{"id":"dgOq6QWq6QUBAAF4","recipient":"person@example.com","subject":"Did you get that thing I sent you?","body":"<h1>Hello World</h1>","preheader_text":"","from":"sentFrom@example.com","reply_to":"replyto@example.com","cc":"","bcc":"","fake_bcc":false,"headers":"[]","forgotten":false,"url":null,"request_method":null}}""";

    public const string DeliveriesExportJson = """{"campaign_id":46,"metric":"sent","drafts":false,"start":1517529600,"end":1517702400,"attributes":["plan"]}""";

    public static DeliveriesExport DeliveriesExport
    {
        get
        {
            var export = CustomerIO.App.DeliveriesExport.OfCampaign(46);
            export.Metric = MessageMetric.Sent;
            export.Drafts = false;
            export.Start = DateTimeOffset.FromUnixTimeSeconds(1517529600);
            export.End = DateTimeOffset.FromUnixTimeSeconds(1517702400);
            export.Attributes = ["plan"];
            return export;
        }
    }

    public const string SegmentUsage = """{"segment_id":7,"used_by":{"campaigns":[5],"draft_newsletters":[11],"sent_newsletters":[]}}""";
}
