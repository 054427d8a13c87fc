using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Evidence;

/// <summary>
/// Names the edits between a paragraph and its source from the word comparison: each change is
/// explained by the most specific edit that accounts for it (an honorific put before a name, a
/// spelling or phrasing the normaliser treats as equal, a cut dateline, words cut from a quote),
/// and only what nothing explains is called reworded, added or cut.
/// </summary>
public sealed class EditNamer(WordLists words)
{
    private const int MaxExamples = 3;
    private const int MaxQuote = 60;
    private readonly Normalizer _normalizer = new(words);

    public IReadOnlyList<NamedEdit> Name(WordComparison comparison, EditContext context)
    {
        var found = new SortedDictionary<EditKind, List<string>>();
        void Note(EditKind kind, string example)
        {
            if (!found.TryGetValue(kind, out var examples)) found[kind] = examples = [];
            if (example.Length > 0 && examples.Count < MaxExamples && !examples.Contains(example)) examples.Add(example);
        }

        var targetQuotes = comparison.TargetWords.Any(w => w.InQuote);
        foreach (var change in comparison.Changes)
        {
            var removed = Slice(comparison.SourceWords, change.SourceStart, change.SourceCount);
            var added = Slice(comparison.TargetWords, change.TargetStart, change.TargetCount);
            if (change.SourceStart == 0 && change.SourceCount == context.DatelineWords && context.DatelineWords > 0)
            {
                Note(EditKind.DatelineCut, Quote(comparison.SourceBody, removed));
                continue;
            }

            var sourceTitles = Honorifics(comparison.SourceWords, change.SourceStart, change.SourceCount);
            var targetTitles = Honorifics(comparison.TargetWords, change.TargetStart, change.TargetCount);
            foreach (var title in targetTitles) Note(EditKind.HonorificsAdded, Titled(comparison.TargetWords, title));
            foreach (var title in sourceTitles) Note(EditKind.HonorificsDropped, Titled(comparison.SourceWords, title));
            var restRemoved = Without(removed, change.SourceStart, sourceTitles);
            var restAdded = Without(added, change.TargetStart, targetTitles);

            if (restRemoved.Count == 0 && restAdded.Count == 0) continue;
            if (restRemoved.Count > 0 && restAdded.Count > 0 && MeanTheSame(restRemoved, restAdded))
                Note(EditKind.HouseStyle, $"{Quote(comparison.TargetBody, restAdded)} for {Quote(comparison.SourceBody, restRemoved)}");
            else if (restAdded.Count == 0 && targetQuotes && restRemoved.All(w => w.InQuote))
                Note(EditKind.QuoteTrimmed, Quote(comparison.SourceBody, restRemoved));
            else if (restAdded.Count == 0)
            {
                if (context.SplitInto.Count == 0) Note(EditKind.TextCut, Quote(comparison.SourceBody, restRemoved));
            }
            else if (restRemoved.Count == 0) Note(EditKind.TextAdded, Quote(comparison.TargetBody, restAdded));
            else Note(EditKind.Reworded, $"{Quote(comparison.TargetBody, restAdded)} for {Quote(comparison.SourceBody, restRemoved)}");
        }

        if (context.SourceParagraphs.Count > 1)
            Note(EditKind.MergedParagraphs, "source paragraphs " + string.Join(", ", context.SourceParagraphs.Select(p => p + 1)));
        if (context.SplitInto.Count > 0)
            Note(EditKind.SplitParagraph, "its source paragraph also feeds paragraph " + string.Join(", ", context.SplitInto.Select(p => p + 1)));

        return [.. found.Select(kv => new NamedEdit(kv.Key, string.Join("; ", kv.Value)))];
    }

    private static List<RawWord> Slice(IReadOnlyList<RawWord> words, int start, int count) => [.. words.Skip(start).Take(count)];

    /// <summary>Indices (into <paramref name="text"/>) of honorifics in the range that stand before a capitalised name.</summary>
    private List<int> Honorifics(IReadOnlyList<RawWord> text, int start, int count)
    {
        var titles = new List<int>();
        for (var i = start; i < start + count && i + 1 < text.Count; i++)
        {
            if (Normalization.Honorifics.StandsBeforeName(text[i], text[i + 1], words)) titles.Add(i);
        }
        return titles;
    }

    private static string Titled(IReadOnlyList<RawWord> words, int title) => $"{words[title].Text} {words[title + 1].Text}";

    private static List<RawWord> Without(List<RawWord> slice, int start, List<int> titles) =>
        [.. slice.Where((_, i) => !titles.Contains(start + i))];

    /// <summary>Whether two runs of words have the same normal forms (spelling, phrasing and honorifics aside).</summary>
    public bool MeanTheSame(IReadOnlyList<RawWord> removed, IReadOnlyList<RawWord> added) =>
        _normalizer.Normalize(removed).Select(t => t.Normal).SequenceEqual(_normalizer.Normalize(added).Select(t => t.Normal));

    /// <summary>The words as written, with the punctuation between them (and a bracket they open), on one line and at most <see cref="MaxQuote"/> characters.</summary>
    private static string Quote(SourceText body, IReadOnlyList<RawWord> words)
    {
        var end = words[^1].Span.End;
        if (end < body.Length && body[end] == ')' && body.ToString(TextSpan.FromBounds(words[0].Span.Start, end)).Contains('(')) end++;
        var text = string.Join(' ', body.ToString(TextSpan.FromBounds(words[0].Span.Start, end))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > MaxQuote ? $"“{text[..MaxQuote].TrimEnd()} …”" : $"“{text}”";
    }
}
