using CustomerIO.App;
using CustomerIO.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace CustomerIO.Tests.App;

/// <summary>Every documented rule of a transactional send, at its boundary, refused before anything is sent.</summary>
public sealed class SendValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RecordingHandler _handler = new();

    [Fact]
    public async Task Fifteen_recipients_across_to_cc_and_bcc_are_sent_and_sixteen_are_refused()
    {
        var email = Email(Addresses(10), cc: Addresses(3, "c"), bcc: Addresses(2, "b") + ", ,");
        await Client().Transactional.SendEmailAsync(email);

        var error = await Refused(() => Client().Transactional.SendEmailAsync(Email(Addresses(10), cc: Addresses(3, "c"), bcc: Addresses(3, "b"))));

        Assert.Equal("email.To", error.ParameterName);
        Assert.Equal("An email goes to at most 15 addresses across To, Cc and Bcc; 16 were given. (Parameter 'email.To')", error.Message);
        Assert.Equal(15, error.Limit);
        Assert.Equal(16, error.Actual);
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public void Attachments_just_under_2_MB_are_accepted_and_2_MB_together_are_refused()
    {
        var attachments = new EmailAttachments().Add("a.bin", new byte[1024 * 1024]).Add("b.bin", new byte[(1024 * 1024) - 1]);
        Assert.Equal((2 * 1024 * 1024) - 1, attachments.TotalBytes);

        var error = Assert.Throws<CustomerIOValidationException>(() => attachments.Add("c.bin", new byte[1]));

        Assert.Equal("attachments", error.ParameterName);
        Assert.Equal("Attachments must stay under 2097152 bytes together; adding this file makes 2097152. (Parameter 'attachments')", error.Message);
        Assert.Equal(2, attachments.Count);
    }

    [Fact]
    public async Task A_stream_over_the_limit_is_refused_without_reading_it_whole()
    {
        var stream = new CountingStream(10 * 1024 * 1024);

        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(() => new EmailAttachments().AddAsync("big.bin", stream));

        Assert.Equal("attachments", error.ParameterName);
        Assert.True(stream.BytesRead < 3 * 1024 * 1024, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Attachment_names_are_unique_and_not_empty()
    {
        var attachments = new EmailAttachments().Add("a.txt", new byte[1]);

        Assert.Equal("fileName", Assert.Throws<CustomerIOValidationException>(() => attachments.Add("a.txt", new byte[1])).ParameterName);
        Assert.Equal("fileName", Assert.Throws<CustomerIOValidationException>(() => attachments.Add(" ", new byte[1])).ParameterName);
    }

    [Fact]
    public async Task Send_at_90_days_ahead_is_sent_and_a_second_more_is_refused()
    {
        await Client().Transactional.SendInAppAsync(new TransactionalInApp(1, "42") { SendAt = Now.AddDays(90) });

        var error = await Refused(() => Client().Transactional.SendInAppAsync(new TransactionalInApp(1, "42") { SendAt = Now.AddDays(90).AddSeconds(1) }));

        Assert.Equal("message.SendAt", error.ParameterName);
        Assert.Equal("SendAt must be at most 90 days ahead. (Parameter 'message.SendAt')", error.Message);
        Assert.Contains("\"send_at\":" + Now.AddDays(90).ToUnixTimeSeconds(), _handler.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_email_needs_from_subject_and_body()
    {
        var error = await Refused(() => Client().Transactional.SendEmailAsync(TransactionalEmail.Inline("a@example.com", "42", "shop@example.com", "Hi", " ")));

        Assert.Equal("email.Body", error.ParameterName);
        Assert.Equal("An email without a template needs From, Subject and Body; Body is empty. (Parameter 'email.Body')", error.Message);
    }

    [Fact]
    public async Task An_inline_email_is_sent_without_a_template_id()
    {
        await Client().Transactional.SendEmailAsync(TransactionalEmail.Inline("a@example.com", "42", "shop@example.com", "Hi", "<p>Hi</p>"));

        Assert.Equal("""{"identifiers":{"id":"42"},"to":"a@example.com","from":"shop@example.com","subject":"Hi","body":"<p>Hi</p>"}""", _handler.Single.Body);
    }

    [Fact]
    public async Task Other_channels_need_a_template_and_a_person()
    {
        var noTemplate = await Refused(() => Client().Transactional.SendPushAsync(new TransactionalPush(default, "42")));
        var noPerson = await Refused(() => Client().Transactional.SendSmsAsync(new TransactionalSms(1, "+15551234567", default)));

        Assert.Equal("push.Template", noTemplate.ParameterName);
        Assert.Equal("sms.Identifiers", noPerson.ParameterName);
    }

    [Fact]
    public void Identifiers_and_templates_are_checked_where_they_are_made()
    {
        Assert.Equal("email", Assert.Throws<CustomerIOValidationException>(() => CustomerIdentifier.Email("")).ParameterName);
        Assert.Equal("id", Assert.Throws<CustomerIOValidationException>(() => CustomerIdentifier.Id(new string('x', 151))).ParameterName);
        Assert.Equal("x", CustomerIdentifier.Id(new string('x', 150)).Value[..1]);
        Assert.Equal("id", Assert.Throws<CustomerIOValidationException>(() => TransactionalTemplate.Id(0)).ParameterName);
        Assert.Equal("triggerName", Assert.Throws<CustomerIOValidationException>(() => TransactionalTemplate.Named("")).ParameterName);
    }

    [Fact]
    public async Task A_push_device_needs_a_known_platform()
    {
        var push = new TransactionalPush(1, "42") { CustomDevice = new TransactionalPushDevice("tok", "windows") };

        var error = await Refused(() => Client().Transactional.SendPushAsync(push));

        Assert.Equal("push.CustomDevice.Platform", error.ParameterName);
    }

    [Fact]
    public async Task A_push_with_a_device_and_a_payload_is_written_exactly()
    {
        using var payload = System.Text.Json.JsonDocument.Parse("""{"ios":{"aps":{"alert":"Hi"}}}""");
        var push = new TransactionalPush(1, "42")
        {
            CustomData = new Dictionary<string, string> { ["k"] = "v" },
            CustomDevice = new TransactionalPushDevice("tok", "ios") { LastUsed = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Attributes = new Dictionary<string, string> { ["app_version"] = "2.1" } },
            CustomPayload = payload.RootElement,
            Sound = "none",
        };

        await Client().Transactional.SendPushAsync(push);

        Assert.Equal(
            """{"transactional_message_id":1,"identifiers":{"id":"42"},"sound":"none","custom_data":{"k":"v"},"custom_device":{"token":"tok","platform":"ios","last_used":1700000000,"attributes":{"app_version":"2.1"}},"custom_payload":{"ios":{"aps":{"alert":"Hi"}}}}""",
            _handler.Single.Body);
    }

    [Fact]
    public async Task Message_data_with_a_broken_text_is_refused()
    {
        var email = Email("a@example.com");
        email.MessageData = new Dictionary<string, object?> { ["name"] = "\uD800" };

        var error = await Refused(() => Client().Transactional.SendEmailAsync(email));

        Assert.Equal("email.MessageData", error.ParameterName);
        Assert.DoesNotContain("name", error.Message, StringComparison.Ordinal);
    }

    private static TransactionalEmail Email(string to, string? cc = null, string? bcc = null) => new(7, to, "42") { Cc = cc, Bcc = bcc };

    private static string Addresses(int count, string prefix = "a") => string.Join(",", Enumerable.Range(1, count).Select(i => $"{prefix}{i}@example.com"));

    private AppClient Client() => TestAppClient.Create(_handler, o => o.TimeProvider = new FakeTimeProvider(Now));

    private async Task<CustomerIOValidationException> Refused(Func<Task> call)
    {
        var before = _handler.Requests.Count;
        var error = await Assert.ThrowsAsync<CustomerIOValidationException>(call);
        Assert.Equal(before, _handler.Requests.Count);
        return error;
    }

    /// <summary>A stream of zeros of a given length that counts what was read.</summary>
    private sealed class CountingStream(long length) : System.IO.Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Clear(buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
