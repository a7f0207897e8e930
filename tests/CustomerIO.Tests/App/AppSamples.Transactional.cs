using CustomerIO.App;

namespace CustomerIO.Tests.App;

/// <summary>The transactional template samples, shaped as the OpenAPI documents them.</summary>
internal static partial class AppSamples
{
    public const string TransactionalTemplateJson =
        """{"id":2,"name":"password reset","description":"sends a temporary password","send_to_unsubscribed":true,"link_tracking":false,"open_tracking":true,"hide_message_body":false,"queue_drafts":false,"created_at":1552341937,"updated_at":1552341999}""";

    public const string TransactionalTemplatesAnswer = """{"messages":[""" + TransactionalTemplateJson + "]}";

    public const string TransactionalTemplateAnswer = """{"message":""" + TransactionalTemplateJson + "}";

    public const string TransactionalContentJson =
        """{"id":96,"name":"Receipt","language":"fr","type":"email","subject":"Your receipt","body":"<p>Thanks</p>","body_amp":null,"preheader_text":"Order 12","from":"sentFrom@example.com","from_id":1,"reply_to":"replyto@example.com","reply_to_id":null,"recipient":"{{customer.email}}","cc":null,"bcc":null,"fake_bcc":false,"headers":"[]","preprocessor":"premailer","created":1552341937,"updated":1552341999}""";

    public const string TransactionalContentsAnswer = """{"contents":[""" + TransactionalContentJson + "]}";

    /// <summary>The OpenAPI types the <c>content</c> of a language read or an update as an array.</summary>
    public const string TransactionalContentAnswer = """{"content":[""" + TransactionalContentJson + "]}";

    public const string TransactionalContentUpdateJson =
        """{"subject":"Your receipt","body":"Thanks {{ customer.first_name }}","from_id":1,"headers":[{"name":"X-Mailgun-Tag","value":"receipts"}]}""";

    public static TransactionalContentUpdate TransactionalContentUpdate => new()
    {
        Subject = "Your receipt",
        Body = "Thanks {{ customer.first_name }}",
        FromId = 1,
        Headers = new Dictionary<string, string> { ["X-Mailgun-Tag"] = "receipts" },
    };
}
