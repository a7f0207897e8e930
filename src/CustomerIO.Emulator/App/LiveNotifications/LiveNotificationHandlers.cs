using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.App.Customers;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.LiveNotifications;

/// <summary>
/// Live notifications, one state per instance id (a ULID the start makes): start (the person must exist; the expiry
/// at most 6 hours ahead, 6 hours when omitted), update (the whole content), end, get (<c>expired</c> once the expiry
/// passed while active). Every operation records a delivery, <c>sent</c> at once: there is no device.
/// </summary>
internal sealed class LiveNotificationHandlers
{
    public const string Kind = "live_notifications";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(6);

    private readonly EmulatorState _state;
    private readonly ResourceStore _store;

    public LiveNotificationHandlers(EmulatorState state)
    {
        _state = state;
        _store = state.Resources.Define(Kind, static () => []);
    }

    public RequestDelegate Start => AppEndpoint.WithBody(_state, "app.start_live_notification", (_, body, _, now) =>
    {
        var root = JsonNode.Parse(body.ToArray())!.AsObject();
        if (root["identifiers"] is not JsonObject identifiers || identifiers.Count != 1 || identifiers.First() is not { Value: JsonValue value } identifier
            || identifier.Key is not ("id" or "email" or "phone" or "internal") || value.GetValueKind() != JsonValueKind.String)
        {
            return AppOutcome.Fail(Errors.Invalid("identifiers", "identifiers must hold exactly one of id, email, phone, internal"));
        }

        var text = (string)value!;
        var person = identifier.Key switch
        {
            "id" => _state.People.Find(IdentifierKind.Id, text),
            "email" => _state.People.Find(IdentifierKind.Email, text),
            "phone" => _state.People.Find(IdentifierKind.Phone, text),
            _ => text.StartsWith("cio_", StringComparison.Ordinal) ? _state.People.Find(IdentifierKind.CioId, text.AsSpan("cio_".Length)) : null,
        };
        if (person is null)
        {
            return AppOutcome.Fail(Errors.Invalid("identifiers", "identifiers name no person of the workspace"));
        }

        if (root["notification_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || ((string)type!).Length == 0)
        {
            return AppOutcome.Fail(Errors.Required("notification_type"));
        }

        var platform = (string?)root["platform"];
        if (platform is not (null or "ios" or "android"))
        {
            return AppOutcome.Fail(Errors.Invalid("platform", "platform must be ios or android"));
        }

        if ((Fields(root, "attributes", required: true) ?? Fields(root, "content_state", required: true) ?? Alert(root, required: platform == "ios")) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var expiration = (long?)root["expiration"] ?? 0;
        var latest = (now + MaxLifetime).ToUnixTimeSeconds();
        if (expiration != 0 && (expiration <= now.ToUnixTimeSeconds() || expiration > latest))
        {
            return AppOutcome.Fail(Errors.Invalid("expiration", "expiration must be in the next 6 hours"));
        }

        var instanceId = Ulids.New(now);
        _store.Add(new JsonObject
        {
            ["instance_id"] = instanceId,
            ["person_cio_id"] = person.CioId,
            ["notification_type"] = (string)type!,
            ["platform"] = platform,
            ["state"] = "active",
            ["started_at"] = now.ToUnixTimeSeconds(),
            ["ended_at"] = null,
            ["expires_at"] = expiration == 0 ? latest : expiration,
            ["attributes"] = root["attributes"]!.DeepClone(),
            ["content_state"] = root["content_state"]!.DeepClone(),
            ["deliveries"] = 0,
        });
        Deliver(instanceId, "start", now);
        return JsonAnswers.Ok(new JsonObject { ["instance_id"] = instanceId });
    });

    public RequestDelegate Update => Change("app.update_live_notification", "update", contentRequired: true);

    public RequestDelegate End => Change("app.end_live_notification", "end", contentRequired: false);

    public Reply Get(HttpContext context)
    {
        const string Operation = "app.get_live_notification";
        var instanceId = RawPath.Segment(context, 3);
        if (!Ulids.IsUlid(instanceId))
        {
            return JsonAnswers.Finish(_state, Operation, AppOutcome.Fail(Errors.Invalid("instance_id", "instance_id must be a ULID")));
        }

        if (Find(instanceId) is not { } stored)
        {
            return Replies.MetaError(StatusCodes.Status404NotFound, "live notification not found");
        }

        var state = (string)stored["state"]! == "active" && _state.Now().ToUnixTimeSeconds() > (long)stored["expires_at"]! ? "expired" : (string)stored["state"]!;
        return JsonAnswers.Finish(_state, Operation, JsonAnswers.Ok(new JsonObject
        {
            ["instance_id"] = instanceId,
            ["notification_type"] = (string?)stored["notification_type"],
            ["platform"] = (string?)stored["platform"],
            ["state"] = state,
            ["failure_reason"] = null,
            ["started_at"] = (long?)stored["started_at"],
            ["ended_at"] = (long?)stored["ended_at"],
            ["expires_at"] = (long?)stored["expires_at"],
            ["last_delivery"] = stored["last_delivery"]?.DeepClone(),
        }));
    }

    private RequestDelegate Change(string operation, string kind, bool contentRequired) => AppEndpoint.WithBody(_state, operation, (_, body, _, now) =>
    {
        var root = JsonNode.Parse(body.ToArray())!.AsObject();
        var instanceId = (root["instance_id"] as JsonValue)?.GetValueKind() == JsonValueKind.String ? (string)root["instance_id"]! : null;
        if (instanceId is null || !Ulids.IsUlid(instanceId))
        {
            return AppOutcome.Fail(Errors.Invalid("instance_id", "instance_id must be a ULID"));
        }

        if ((Fields(root, "content_state", contentRequired) ?? Fields(root, "attributes", required: false) ?? Alert(root, required: false)) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        if (Find(instanceId) is not { } stored)
        {
            return new AppOutcome(StatusCodes.Status404NotFound, Errors.Invalid("instance_id", "live notification not found"), null);
        }

        if ((string)stored["state"]! != "active" || now.ToUnixTimeSeconds() > (long)stored["expires_at"]!)
        {
            return AppOutcome.Fail(Errors.Invalid("instance_id", "the live notification is no longer active"));
        }

        _store.Update(ResourceStore.IdOf(stored)!.Value, item =>
        {
            if (root["content_state"] is JsonObject content)
            {
                item["content_state"] = content.DeepClone();
            }

            if (root["attributes"] is JsonObject attributes)
            {
                item["attributes"] = attributes.DeepClone();
            }

            if (kind == "end")
            {
                item["state"] = "ended";
                item["ended_at"] = now.ToUnixTimeSeconds();
            }
        });
        Deliver(instanceId, kind, now);
        return JsonAnswers.Ok(new JsonObject { ["instance_id"] = instanceId });
    });

    private JsonObject? Find(string instanceId) => _store.All().FirstOrDefault(n => (string?)n["instance_id"] == instanceId);

    private void Deliver(string instanceId, string operation, DateTimeOffset now)
    {
        var stored = Find(instanceId)!;
        _store.Update(ResourceStore.IdOf(stored)!.Value, item =>
        {
            var count = (int)item["deliveries"]! + 1;
            item["deliveries"] = count;
            item["last_delivery"] = new JsonObject
            {
                ["id"] = instanceId + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["operation"] = operation,
                ["status"] = "sent",
                ["source"] = "api",
                ["created_at"] = now.ToUnixTimeSeconds(),
            };
        });
    }

    private static OperationError? Fields(JsonObject root, string name, bool required) => root[name] switch
    {
        null when !required => null,
        JsonObject { Count: > 0 } => null,
        _ => Errors.Invalid(name, name + " must be an object with at least one field"),
    };

    private static OperationError? Alert(JsonObject root, bool required)
    {
        var alert = root["push_payload"]?["alert"];
        if (alert is null)
        {
            return required ? Errors.Required("push_payload.alert") : null;
        }

        return alert is JsonObject a && a["title"] is JsonValue && a["body"] is JsonValue
            ? null
            : Errors.Invalid("push_payload.alert", "push_payload.alert needs a title and a body");
    }
}
