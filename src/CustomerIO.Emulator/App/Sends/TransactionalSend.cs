using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.App.Sends;

/// <summary>The channel of a transactional send; its path segment under <c>/v1/send/</c> is its name.</summary>
internal enum SendChannel
{
    Email,
    Push,
    Sms,
    WhatsApp,
    InboxMessage,
    InApp,
}

/// <summary>A validated transactional send, as offsets into the request body.</summary>
internal ref struct TransactionalSend
{
    public SendChannel Channel;
    public IdentifierKind Kind;
    public JsonSlice Identifier;
    public JsonSlice TemplateId;
    public JsonSlice To;
    public JsonSlice Subject;
    public JsonSlice Body;
    public JsonSlice MessageData;
    public long? SendAt;
    public int AttachmentCount;
}
