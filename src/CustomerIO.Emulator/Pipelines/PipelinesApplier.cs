using System.Text;
using CustomerIO.Emulator.Json;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.Pipelines;

/// <summary>
/// Applies a valid message to the same stores the Track API uses: identify traits to people
/// (<c>userId</c> is the id, <c>traits.email</c> the email), track/page/screen to the event log,
/// group to objects related to the person, alias to a merge or an anonymous link, semantic events
/// as their actions. Answers the reason a message changed nothing, if any.
/// </summary>
internal static class PipelinesApplier
{
    public static string? Apply(EmulatorState state, ReadOnlySpan<byte> buffer, in PipelinesMessage message, DateTimeOffset now)
    {
        var userId = Text(buffer, message[M.UserId]);
        var anonymousId = Text(buffer, message[M.AnonymousId]);
        switch (message.Call)
        {
            case PipelinesCall.Identify:
                if (userId is null)
                {
                    return IgnoredReasons.AnonymousIdentify;
                }

                var command = Traits(buffer, message[M.Traits], skip: null);
                command.AnonymousId = anonymousId;
                return state.Identify(IdentifierKind.Id, userId, command, now);
            case PipelinesCall.Alias:
                return state.Alias(userId!, Text(buffer, message[M.PreviousId])!, now);
            case PipelinesCall.Group:
                return Group(state, buffer, in message, userId, anonymousId, now);
            case PipelinesCall.Track when SemanticEvents.Parse(buffer, message[M.Event]) is var semantic && semantic != SemanticEvent.None:
                return SemanticEventApplier.Apply(state, buffer, in message, semantic, userId, now);
            default:
                return RecordEvent(state, buffer, in message, userId, anonymousId, now);
        }
    }

    private static string? RecordEvent(EmulatorState state, ReadOnlySpan<byte> buffer, in PipelinesMessage message, string? userId, string? anonymousId, DateTimeOffset now)
    {
        var (name, type) = message.Call switch
        {
            PipelinesCall.Track => (message[M.Event].GetString(buffer), "event"),
            PipelinesCall.Page => (Text(buffer, message[M.Name]) ?? "page", "page"),
            _ => (Text(buffer, message[M.Name]) ?? "screen", "screen"),
        };
        var id = message[M.MessageId].IsString ? Encoding.UTF8.GetBytes(message[M.MessageId].GetString(buffer)) : [];
        var properties = message[M.Properties].IsObject ? message[M.Properties].Raw(buffer) : default;
        state.CountEventsReceived(1);
        if (userId is not null)
        {
            return state.RecordPersonEvent(IdentifierKind.Id, userId, state.InternName(Encoding.UTF8.GetBytes(name)), id, type, message.Timestamp, properties, now);
        }

        state.RecordAnonymousEvent(anonymousId, state.InternName(Encoding.UTF8.GetBytes(name)), id, type, message.Timestamp, properties, now);
        return null;
    }

    /// <summary>The group is an object (type <c>traits.objectTypeId</c>, default 1) with the traits as attributes, related to the caller.</summary>
    private static string? Group(EmulatorState state, ReadOnlySpan<byte> buffer, in PipelinesMessage message, string? userId, string? anonymousId, DateTimeOffset now)
    {
        var traits = message[M.Traits];
        var key = new ObjectKey(SemanticEvents.ObjectTypeId(buffer, traits), message[M.GroupId].GetString(buffer));
        var command = Traits(buffer, traits, skip: ["objectTypeId", "object_type_id", "relationshipAttributes"]);
        var relationship = PipelinesJson.Find(buffer, traits, "relationshipAttributes");
        var attributes = relationship.IsObject ? relationship.ToArray(buffer) : null;
        command.Relationships.Add(new RelationshipChange(null, null, IdentifierKind.Id, userId, userId is null ? anonymousId : null, attributes));
        return state.IdentifyObject(key, null, command, now);
    }

    /// <summary>Traits as attributes (null removes); <c>email</c> becomes the person's email, <c>id</c> is ignored (userId is the id).</summary>
    private static IdentifyCommand Traits(ReadOnlySpan<byte> buffer, JsonSlice traits, string[]? skip)
    {
        var command = new IdentifyCommand();
        if (!traits.IsObject)
        {
            return command;
        }

        var reader = traits.Reader(buffer);
        reader.Read();
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = JsonSlice.Capture(ref reader, traits.Start);
            if (skip is not null && skip.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            if (name == "email" && value.IsString && value.Length > 2)
            {
                command.Email = value.GetString(buffer);
                continue;
            }

            command.Attributes.Add(new(name, value.IsNull ? null : value.ToArray(buffer)));
        }

        return command;
    }

    private static string? Text(ReadOnlySpan<byte> buffer, JsonSlice value) =>
        (value.IsString && value.Length > 2) || value.IsNumber ? value.GetString(buffer) : null;
}
