using System.Globalization;

namespace CustomerIO.Emulator.Validation;

/// <summary>Every validation error the Track API emulation reports, in one place so messages stay consistent between v1 and v2.</summary>
internal static class Errors
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static OperationError Required(string field) => new(ErrorReasons.Required, field, $"{field} is required");

    public static OperationError Invalid(string field, string message) => new(ErrorReasons.Invalid, field, message);

    public static OperationError IdentifierEmpty(string field) => new(ErrorReasons.Required, field, $"{field} must not be empty");

    public static OperationError IdentifierTooLong(string field) =>
        new(ErrorReasons.TooLong, field, string.Format(Inv, "{0} must be at most {1} bytes", field, Limits.IdentifierBytes));

    public static OperationError PersonIdentifiers(string field) =>
        new(ErrorReasons.Invalid, field, $"{field} must hold exactly one of id, email, phone, cio_id");

    public static OperationError PhoneNotE164(string field) =>
        new(ErrorReasons.Invalid, field, $"{field}.phone must be an E.164 number: + then 7 to 15 digits, the first not 0");

    public static OperationError ObjectIdentifiers(string field) =>
        new(ErrorReasons.Invalid, field, $"{field} must hold object_type_id and object_id, or cio_object_id");

    public static OperationError AttributeNameTooLong(string field) =>
        new(ErrorReasons.TooLong, field, string.Format(Inv, "attribute names must be at most {0} bytes", Limits.AttributeNameBytes));

    public static OperationError AttributeValueTooLong(string field) =>
        new(ErrorReasons.TooLong, field, string.Format(Inv, "attribute values must be at most {0} bytes", Limits.AttributeValueBytes));

    public static OperationError TooManyAttributes(string field) =>
        new(ErrorReasons.TooMany, field, string.Format(Inv, "at most {0} attributes are allowed per request", Limits.AttributesPerCall));

    public static OperationError ObjectAttributesTooLarge(string field) =>
        new(ErrorReasons.TooLarge, field, string.Format(Inv, "object attributes must be at most {0} bytes in total", Limits.ObjectAttributesBytes));

    public static OperationError EventNameRequired(string field) => new(ErrorReasons.Required, field, "event name is required");

    public static OperationError EventNameTooLong(string field) =>
        new(ErrorReasons.TooLong, field, string.Format(Inv, "event name must be at most {0} bytes", Limits.EventNameBytes));

    public static OperationError EventDataTooLarge(string field) =>
        new(ErrorReasons.TooLarge, field, string.Format(Inv, "event data must be at most {0} bytes", Limits.EventDataBytes));

    public static OperationError OperationTooLarge() =>
        new(ErrorReasons.TooLarge, "operation", string.Format(Inv, "an operation must be at most {0} bytes", Limits.OperationBytes));

    public static OperationError BatchTooLarge() =>
        new(ErrorReasons.TooLarge, "batch", string.Format(Inv, "a batch body must be under {0} bytes", Limits.BatchBytesExclusive));

    public static OperationError BodyTooLarge(int limit) =>
        new(ErrorReasons.TooLarge, "body", string.Format(Inv, "the request body must be at most {0} bytes", limit));

    public static OperationError MustBeObject(string field) => new(ErrorReasons.Invalid, field, $"{field} must be a JSON object");

    public static OperationError MustBeString(string field) => new(ErrorReasons.Invalid, field, $"{field} must be a string");

    public static OperationError MustBeNumber(string field) => new(ErrorReasons.Invalid, field, $"{field} must be a number (unix seconds)");

    public static OperationError PathNotUtf8() =>
        new(ErrorReasons.Invalid, "path", "the request path and query must be valid UTF-8 once percent-decoded");

    public static OperationError NotFound() => new(ErrorReasons.NotFound, "path", "not found");

    public static OperationError MethodNotAllowed(string method, string allowed) =>
        new(ErrorReasons.MethodNotAllowed, "method", $"{method} is not allowed here; use {allowed}");

    public static OperationError MalformedJson(string detail) => new(ErrorReasons.InvalidJson, "body", "the request body is not valid JSON: " + detail);
}
