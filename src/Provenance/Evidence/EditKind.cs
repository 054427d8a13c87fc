namespace Provenance.Evidence;

/// <summary>The kinds of newsroom edit the evidence names, in the order they are listed.</summary>
public enum EditKind
{
    /// <summary>Spelling, abbreviation or phrasing that means the same ("programme", "U.N.", "per cent").</summary>
    HouseStyle,
    HonorificsAdded,
    HonorificsDropped,
    DatelineCut,
    QuoteTrimmed,
    /// <summary>The paragraph draws on several source paragraphs.</summary>
    MergedParagraphs,
    /// <summary>The source paragraph also feeds another paragraph of the copy.</summary>
    SplitParagraph,
    Reworded,
    TextAdded,
    TextCut,
}

public static class EditKindNames
{
    /// <summary>The name a reader sees: "house style", "honorifics added", ...</summary>
    public static string Describe(this EditKind kind) => kind switch
    {
        EditKind.HouseStyle => "house style",
        EditKind.HonorificsAdded => "honorifics added",
        EditKind.HonorificsDropped => "honorifics dropped",
        EditKind.DatelineCut => "dateline cut",
        EditKind.QuoteTrimmed => "quote trimmed",
        EditKind.MergedParagraphs => "merged paragraphs",
        EditKind.SplitParagraph => "split paragraph",
        EditKind.Reworded => "reworded",
        EditKind.TextAdded => "text added",
        EditKind.TextCut => "text cut",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>An edit found between a paragraph and its source, with examples ("“programme” for “program”").</summary>
public sealed record NamedEdit(EditKind Kind, string Detail)
{
    public override string ToString() => Detail.Length == 0 ? Kind.Describe() : $"{Kind.Describe()}: {Detail}";
}
