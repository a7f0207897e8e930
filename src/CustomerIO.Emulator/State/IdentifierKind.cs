namespace CustomerIO.Emulator.State;

/// <summary>Which index a person identifier is looked up in.</summary>
internal enum IdentifierKind
{
    /// <summary>A v1 path identifier: matched against id, then email; created as email when it holds '@'.</summary>
    Path,
    Id,
    Email,
    Phone,
    CioId,
}
