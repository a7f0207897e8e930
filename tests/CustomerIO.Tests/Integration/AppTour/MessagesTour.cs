using CustomerIO.App;
using CustomerIO.Emulator;
using CustomerIO.Track;

namespace CustomerIO.Tests.Integration.AppTour;

/// <summary>Messages: a transactional email sent, then listed, read, and read as its archived copy.</summary>
internal sealed class MessagesTour : AppTourArea
{
    public override string Area => "Messages";

    public override async Task WalkAsync(AppClient app, TrackClient track, CustomerIOEmulator emulator)
    {
        await track.IdentifyAsync("1", new Dictionary<string, object?> { ["email"] = "ann@example.com", ["first_name"] = "Ann" });
        var email = TransactionalEmail.Inline("ann@example.com", CustomerIdentifier.Id("1"), "team@example.com", "Hi {{customer.first_name}}", "<p>Code {{trigger.code}}</p>");
        email.MessageData = new Dictionary<string, object?> { ["code"] = "1234" };
        var sent = await app.Transactional.SendEmailAsync(email);

        var listed = Assert.Single(await ToListAsync(app.Messages.ListAsync(new MessageListOptions { Type = MessageType.Email })));
        var message = await app.Messages.GetAsync(sent.DeliveryId);
        var archived = await app.Messages.GetArchivedAsync(sent.DeliveryId);

        Assert.Equal((sent.DeliveryId, MessageType.Email), (listed.Id, listed.Type!.Value));
        Assert.Equal(("Hi Ann", "ann@example.com"), (message.Subject, message.Recipient));
        Assert.Equal((sent.DeliveryId, "Hi Ann", "<p>Code 1234</p>", false), (archived.Id, archived.Subject, archived.Body, archived.Forgotten));
    }
}
