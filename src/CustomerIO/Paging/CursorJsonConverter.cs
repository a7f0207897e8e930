using System.Text.Json;
using CustomerIO.Serialization;

namespace CustomerIO.Paging;

/// <summary>
/// Reads a <c>next</c> cursor that the API writes as a string on most lists and as an integer on some (broadcast
/// trigger errors answer <c>"next": 20</c>, an offset to pass back as <c>start</c>): either becomes the text sent
/// back, unchanged. Put it on the <see cref="ICursorPage{T}.Next"/> property of such page models.
/// </summary>
internal sealed class CursorJsonConverter : TextOrNumberJsonConverter
{
    protected override string Refusal(JsonTokenType token) => $"A next cursor must be a string, a number or null, not {token}.";
}
