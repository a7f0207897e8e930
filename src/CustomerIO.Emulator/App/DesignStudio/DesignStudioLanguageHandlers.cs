using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CustomerIO.Emulator.App.Resources;
using CustomerIO.Emulator.Hosting;
using CustomerIO.Emulator.State;
using CustomerIO.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace CustomerIO.Emulator.App.DesignStudio;

/// <summary>
/// The languages of a Design Studio email (<c>/design_studio/emails/{id}/languages[/{language}]</c>): each translation
/// its own object with its own UUID, grouped under the default email (<c>language_group_id</c>), whose
/// <c>available_languages</c> and <c>has_translations</c> follow. A new translation copies the email's content and
/// envelope where it gives none; a language the email already has is a 409, a code that is not one a 400.
/// </summary>
internal sealed partial class DesignStudioLanguageHandlers
{
    private readonly EmulatorState _state;
    private readonly DesignStudioResources _studio;

    public DesignStudioLanguageHandlers(EmulatorState state, DesignStudioResources studio)
    {
        _state = state;
        _studio = studio;
        Translations = new ResourceHandlers(state, new ResourceKind
        {
            Kind = "design_studio_email_translations",
            Noun = "translation",
            ItemEnvelope = "email_translation",
            ListEnvelope = "email_translations",
            Ids = IdStyle.Uuid,
            UuidPrefix = "d5e1a000",
            RejectUnknownFields = true,
            CreatedField = "created",
            UpdatedField = "updated",
            Fields = [new("language", FieldType.Text, Required: true), new("content", FieldType.Object), new("envelope", FieldType.Object), new("transformers", FieldType.Object)],
        }, () => [], idSegment: 6);
    }

    public ResourceHandlers Translations { get; }

    public Reply List(HttpContext context)
    {
        if (Email(context, out var email, out var emailId) is { } missing)
        {
            return missing;
        }

        var list = new JsonArray([.. Of(emailId).Select(t => (JsonNode)Answerable(t, email!))]);
        return AppEndpoint.Finish(_state, "app.list_design_studio_email_translations", AppOutcome.Ok(new JsonObject { ["email_translations"] = list }, AppJsonContext.Default.JsonObject));
    }

    public Reply Get(HttpContext context)
    {
        if (Email(context, out var email, out var emailId) is { } missing)
        {
            return missing;
        }

        return Find(emailId, RawPath.Segment(context, 6)) is { } translation
            ? AppEndpoint.Finish(_state, "app.get_design_studio_email_translations", AppOutcome.Ok(new JsonObject { ["email_translation"] = Answerable(translation, email!) }, AppJsonContext.Default.JsonObject))
            : Translations.NotFound();
    }

    public RequestDelegate Create => AppEndpoint.WithBody(_state, "app.create_design_studio_email_translations", (context, body, _, now) =>
    {
        if (EmailOutcome(context, out var email, out var emailId) is { } missing)
        {
            return missing;
        }

        var fields = JsonNode.Parse(body) as JsonObject ?? [];
        var item = new JsonObject();
        if (Translations.Apply(item, fields, creating: true) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        var language = item["language"]!.GetValue<string>();
        if (!LanguageCode().IsMatch(language))
        {
            return AppOutcome.Fail(Errors.Invalid("language", "Invalid language code"));
        }

        if (Find(emailId, language) is not null)
        {
            return Translations.Refuse(new Refusal("the email already has this language", StatusCodes.Status409Conflict));
        }

        if (_studio.CheckEnvelope(item["envelope"] as JsonObject) is { } refusal)
        {
            return Translations.Refuse(refusal);
        }

        item["content"] ??= email!["content"]?.DeepClone();
        item["envelope"] ??= email!["envelope"]?.DeepClone();
        item["transformers"] ??= email!["transformers"]?.DeepClone();
        _studio.FillEnvelope(item["envelope"] as JsonObject);
        item["language_group_id"] = _studio.Emails.WireId(emailId).DeepClone();
        item["_email"] = emailId;
        item["created"] = now.ToUnixTimeSeconds();
        item["updated"] = now.ToUnixTimeSeconds();
        var stored = Translations.Store.Add(item);
        var updated = Languages(emailId, now);
        return AppOutcome.Ok(new JsonObject { ["email_translation"] = Answerable(stored, updated ?? email!) }, AppJsonContext.Default.JsonObject);
    });

    public RequestDelegate Update => AppEndpoint.WithBody(_state, "app.update_design_studio_email_translations", (context, body, _, now) =>
    {
        if (EmailOutcome(context, out var owner, out var emailId) is { } missing)
        {
            return missing;
        }

        if (Find(emailId, RawPath.Segment(context, 6)) is not { } translation)
        {
            return Translations.NotFoundOutcome();
        }

        var fields = JsonNode.Parse(body) as JsonObject ?? [];
        if (fields.ContainsKey("language"))
        {
            return AppOutcome.Fail(Errors.Invalid("language", "a translation's language cannot change"));
        }

        if (fields.Count == 0)
        {
            return AppOutcome.Fail(Errors.Invalid("body", "an update needs at least one field"));
        }

        if (Translations.Apply(translation, fields, creating: false) is { } error)
        {
            return AppOutcome.Fail(error);
        }

        if (_studio.CheckEnvelope(translation["envelope"] as JsonObject) is { } refusal)
        {
            return Translations.Refuse(refusal);
        }

        _studio.FillEnvelope(translation["envelope"] as JsonObject);
        translation["updated"] = now.ToUnixTimeSeconds();
        Translations.Store.Update(ResourceStore.IdOf(translation)!.Value, stored =>
        {
            foreach (var (name, value) in translation)
            {
                stored[name] = value?.DeepClone();
            }
        });
        return new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent);
    });

    public Reply Delete(HttpContext context)
    {
        if (Email(context, out _, out var emailId) is { } missing)
        {
            return missing;
        }

        if (Find(emailId, RawPath.Segment(context, 6)) is not { } translation || !Translations.Store.Remove(ResourceStore.IdOf(translation)!.Value))
        {
            return Translations.NotFound();
        }

        Languages(emailId, _state.Now());
        return AppEndpoint.Finish(_state, "app.delete_design_studio_email_translations", new AppOutcome(StatusCodes.Status204NoContent, null, Replies.NoContent));
    }

    /// <summary>Removes an email's translations with it.</summary>
    public void OnEmailDeleted(long emailId)
    {
        foreach (var translation in Of(emailId))
        {
            Translations.Store.Remove(ResourceStore.IdOf(translation)!.Value);
        }
    }

    private IEnumerable<JsonObject> Of(long emailId) =>
        Translations.Store.All().Where(t => ResourceJson.Long(t["_email"]) == emailId);

    private JsonObject? Find(long emailId, string language) => Of(emailId).FirstOrDefault(t => t["language"]?.GetValue<string>() == language);

    /// <summary>Sets the email's languages from its translations; answers the email as stored.</summary>
    private JsonObject? Languages(long emailId, DateTimeOffset now)
    {
        var languages = Of(emailId).Select(t => t["language"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        return _studio.Emails.Store.Update(emailId, email =>
        {
            email["available_languages"] = new JsonArray([.. languages.Select(l => (JsonNode)l)]);
            email["has_translations"] = languages.Count > 0;
            email["updated"] = now.ToUnixTimeSeconds();
        });
    }

    /// <summary>A translation as answered: with the email's folder, flags and languages as they are now.</summary>
    private JsonObject Answerable(JsonObject translation, JsonObject email)
    {
        var wire = Translations.Wire(translation);
        wire["parent_folder_id"] = email["parent_folder_id"]?.DeepClone();
        wire["is_template"] = email["is_template"]?.DeepClone();
        wire["is_linked"] = email["is_linked"]?.DeepClone();
        wire["available_languages"] = email["available_languages"]?.DeepClone();
        return wire;
    }

    private Reply? Email(HttpContext context, out JsonObject? email, out long emailId)
    {
        var refused = EmailOutcome(context, out email, out emailId);
        return refused is { } outcome ? AppEndpoint.Finish(_state, "app.find_design_studio_email_translations", outcome) : null;
    }

    private AppOutcome? EmailOutcome(HttpContext context, out JsonObject? email, out long emailId)
    {
        email = null;
        if (_studio.Emails.IdError(RawPath.Segment(context, 4), out emailId) is { } refused)
        {
            return refused;
        }

        email = _studio.Emails.Store.Find(emailId);
        return email is null ? _studio.Emails.NotFoundOutcome() : null;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
