using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The Newsletters samples, shaped as the OpenAPI documents them (its own examples where it has them).</summary>
internal static partial class AppSamples
{
    public const string NewsletterJson =
        """{"id":128275,"deduplicate_id":"128275:1484870424","name":"Weekly Product Update","type":"email","tags":["Product Updates"],"content_ids":[45],"recipient_segment_ids":[42,99],"subscription_topic_id":5,"sent_at":1481653929,"created":1481653919,"updated":1481653929}""";

    public const string NewslettersPage = """{"newsletters":[""" + NewsletterJson + """],"next":"2"}""";

    public const string NewsletterAnswer = """{"newsletter":""" + NewsletterJson + "}";

    public const string NewsletterContentJson =
        """{"id":45,"newsletter_id":128275,"deduplicate_id":"45:1484870424","name":"variant A","language":"","type":"email","subject":"Did you get that thing I sent you?","body":"<strong>Hello from the API</strong>","body_amp":null,"preheader_text":"Our latest","from":"sentFrom@example.com","from_id":1,"reply_to":"replyto@example.com","reply_to_id":38,"recipient":"{{customer.email}}","cc":null,"bcc":null,"fake_bcc":false,"headers":"[{\"name\":\"X-Mailgun-Tag\",\"value\":\"my-cool-tag\"}]","layout":"<html><body>{{ content }}</body></html>","preprocessor":"premailer"}""";

    public const string NewsletterContentsAnswer = """{"contents":[""" + NewsletterContentJson + "]}";

    public const string NewsletterContentAnswer = """{"content":""" + NewsletterContentJson + "}";

    public const string NewsletterTestGroupsAnswer =
        """{"test_groups":[{"content_ids":[25,26],"id":0,"label":"test 1","name":"A","winner":false},{"content_ids":["27","28"],"id":2,"label":"test 2","name":"B","winner":true}]}""";

    public const string NewsletterLinkMetricsAnswer =
        """{"links":[{"link":{"id":1234,"href":"https://docs.customer.io"},"metric":{"series":{"clicked":[1,3],"human_clicked":[1,2],"machine_clicked":[0,1]}}}]}""";

    public const string PeriodMetricsAnswer =
        """{"metric":{"series":{"attempted":[0,2],"sent":[1,2],"delivered":[1,1],"opened":[0,1],"human_opened":[0,1]},"type":"email"}}""";

    public const string NewsletterCreationJson =
        """{"name":"Weekly Product Update","type":"email","recipients":{"and":[{"or":[{"segment":{"id":42}}]},{"attribute":{"field":"plan","operator":"eq","value":"enterprise"}}]},"subject":"What is new, {{ customer.first_name }}","body":"Updates","from":"Product Team","subscription_topic_id":5,"send_now":true,"rate_limit_spread":true,"rate_limit_email_rate":500,"rate_limit_time_period":60}""";

    public const string NewsletterScheduleJson =
        """{"scheduled_at":1719849600,"timezone":"America/New_York","tz_match_enabled":false,"rate_limit_email_rate":500,"rate_limit_time_period":3600}""";

    public const string NewsletterLanguageCreationJson = """{"language":"es","subject":"Hola","body":"Hola {{ customer.first_name }}"}""";

    public const string NewsletterContentUpdateJson = """{"subject":"Hello again","body_plain":"Hello","reply_to_id":38,"headers":[{"name":"X-Mailgun-Tag","value":"news"}]}""";

    public static NewsletterCreation NewsletterCreation => new(
        "Weekly Product Update",
        NewsletterType.Email,
        AudienceFilter.Or(AudienceFilter.Segment(42)) & AudienceFilter.AttributeEquals("plan", "enterprise"))
    {
        Subject = "What is new, {{ customer.first_name }}",
        Body = "Updates",
        From = "Product Team",
        SubscriptionTopicId = 5,
        SendNow = true,
        RateLimit = new(500, TimeSpan.FromMinutes(1)),
        SpreadEvenly = true,
    };

    public static NewsletterSchedule NewsletterSchedule
    {
        get
        {
            var schedule = NewsletterSchedule.At(DateTimeOffset.FromUnixTimeSeconds(1719849600), "America/New_York");
            schedule.MatchRecipientTimezone = false;
            schedule.RateLimit = new(500, TimeSpan.FromHours(1));
            return schedule;
        }
    }

    public static NewsletterLanguageCreation NewsletterLanguageCreation => new("es") { Subject = "Hola", Body = "Hola {{ customer.first_name }}" };

    public static NewsletterContentUpdate NewsletterContentUpdate => new()
    {
        Subject = "Hello again",
        BodyPlain = "Hello",
        ReplyToId = 38,
        Headers = new Dictionary<string, string> { ["X-Mailgun-Tag"] = "news" },
    };
}
