using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CustomerIO.Emulator.State;

namespace CustomerIO.Emulator.App.Imports;

/// <summary>
/// Applies an import's CSV rows to the state, as the Track API would: people (the identifier column, every other
/// non-empty cell an attribute), events (the identifier column, <c>name</c>, optional <c>timestamp</c>, the rest as
/// event data), objects (<c>object_id</c>, the rest attributes) and relationships (the identifier column,
/// <c>object_type_id</c>, <c>object_id</c>). Cells are text, as in Customer.io's imports.
/// </summary>
internal static class ImportRows
{
    public static (int Total, int Applied, string? Failure) Apply(EmulatorState state, JsonObject request, List<string[]> rows, DateTimeOffset now)
    {
        if (rows.Count == 0)
        {
            return (0, 0, "the data file has no header row");
        }

        var header = rows[0].Select(h => h.Trim()).ToArray();
        var type = (string)request["type"]!;
        var key = type == "object" ? "object_id" : (string)request["identifier"]!;
        var keyColumn = Array.IndexOf(header, key);
        if (keyColumn < 0)
        {
            return (0, 0, $"the data file has no {key} column");
        }

        string[] required = type switch { "event" => ["name"], "relationship" => ["object_type_id", "object_id"], _ => [] };
        if (required.FirstOrDefault(r => !header.Contains(r)) is { } missing)
        {
            return (0, 0, $"the data file has no {missing} column");
        }

        var data = (string?)request["data_to_process"] ?? "all";
        var applied = 0;
        var total = 0;
        foreach (var row in rows.Skip(1))
        {
            total++;
            var cells = header.Select((name, i) => (Name: name, Value: i < row.Length ? row[i] : string.Empty)).ToList();
            var value = cells[keyColumn].Value;
            if (value.Length == 0)
            {
                continue;
            }

            var kind = key switch { "email" => IdentifierKind.Email, "cio_id" => IdentifierKind.CioId, _ => IdentifierKind.Id };
            var exists = type == "object"
                ? state.Objects.Find(new ObjectKey((string)request["object_type_id"]!, value), null) is not null
                : state.People.Find(kind, value) is not null;
            if ((data == "only_new" && exists) || (data == "only_existing" && !exists))
            {
                continue;
            }

            var others = cells.Where((c, i) => i != keyColumn && c.Value.Length > 0).ToList();
            var done = type switch
            {
                "people" => state.Identify(kind, value, Command(others), now) is null,
                "object" => state.IdentifyObject(new ObjectKey((string)request["object_type_id"]!, value), null, Command(others), now) is null,
                "event" => Event(state, kind, value, others, now),
                _ => Relationship(state, kind, value, others, now),
            };
            applied += done ? 1 : 0;
        }

        return (total, applied, null);
    }

    private static IdentifyCommand Command(IEnumerable<(string Name, string Value)> cells)
    {
        var command = new IdentifyCommand();
        foreach (var (name, value) in cells)
        {
            // An email column sets the person's email identifier, as an identify with an email attribute does.
            if (name == "email")
            {
                command.Email = value;
            }

            command.Attributes.Add(new(name, Encoding.UTF8.GetBytes(JsonValue.Create(value).ToJsonString())));
        }

        return command;
    }

    private static bool Event(EmulatorState state, IdentifierKind kind, string value, List<(string Name, string Value)> cells, DateTimeOffset now)
    {
        var name = cells.FirstOrDefault(c => c.Name == "name").Value;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        long? timestamp = long.TryParse(cells.FirstOrDefault(c => c.Name == "timestamp").Value, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        var data = new JsonObject();
        foreach (var (field, text) in cells.Where(c => c.Name is not ("name" or "timestamp")))
        {
            data[field] = text;
        }

        return state.RecordPersonEvent(kind, value, name, [], "event", timestamp, Encoding.UTF8.GetBytes(data.ToJsonString()), now) is null;
    }

    private static bool Relationship(EmulatorState state, IdentifierKind kind, string value, List<(string Name, string Value)> cells, DateTimeOffset now)
    {
        var typeId = cells.FirstOrDefault(c => c.Name == "object_type_id").Value;
        var objectId = cells.FirstOrDefault(c => c.Name == "object_id").Value;
        if (string.IsNullOrEmpty(typeId) || string.IsNullOrEmpty(objectId))
        {
            return false;
        }

        var change = new RelationshipChange(new ObjectKey(typeId, objectId), null, kind, value, null, null);
        return state.ChangePersonRelationships(kind, value, [change], delete: false, now) is null;
    }
}
