namespace Provenance.Corpus;

/// <summary>
/// The named fields of one JSON or CSV record, looked up through the usual aliases
/// (outlet: source, publisher, series; published: date, published_at; text: body, content).
/// </summary>
public sealed class RecordFields
{
    public static readonly string[] IdNames = ["id"];
    public static readonly string[] OutletNames = ["outlet", "source", "publisher", "series"];
    public static readonly string[] PublishedNames = ["published", "date", "published_at"];
    public static readonly string[] TitleNames = ["title"];
    public static readonly string[] TextNames = ["text", "body", "content"];

    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _nonStrings = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string name, string? value) => _values.TryAdd(name, value);
    public void SetNonString(string name) => _nonStrings.Add(name);

    /// <summary>The first alias present with a value; <c>wrongType</c> names an alias present with a non-string value.</summary>
    public string? Get(string[] aliases, out string? wrongType)
    {
        wrongType = null;
        foreach (var name in aliases)
        {
            if (_values.TryGetValue(name, out var value) && value is not null) return value;
            if (_nonStrings.Contains(name)) wrongType ??= name;
        }
        return null;
    }
}
