namespace CustomerIO.Emulator.Validation;

/// <summary>One validation failure: the triple every Track v2 error carries (v1 uses only the message).</summary>
internal readonly record struct OperationError(string Reason, string Field, string Message);

/// <summary>The reasons the emulator reports; stable strings that tests and SDKs can match.</summary>
internal static class ErrorReasons
{
    public const string Required = "required";
    public const string Invalid = "invalid";
    public const string TooLong = "too_long";
    public const string TooLarge = "too_large";
    public const string TooMany = "too_many";
    public const string InvalidJson = "invalid_json";

    /// <summary>No endpoint at this path (the emulator's own reason: Customer.io documents none).</summary>
    public const string NotFound = "not_found";

    /// <summary>An endpoint exists at this path for other methods (the emulator's own reason).</summary>
    public const string MethodNotAllowed = "method_not_allowed";
}
