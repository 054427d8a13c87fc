using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>Paragraph-level newsroom edits. Each keeps the lineage of the paragraphs it touches.</summary>
public static class ParagraphEdits
{
    /// <summary>Keeps the first <paramref name="keep"/> paragraphs, the most common edit of all.</summary>
    public static ImmutableArray<DraftParagraph> Truncate(ImmutableArray<DraftParagraph> paragraphs, int keep)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        return keep >= paragraphs.Length ? paragraphs : paragraphs[..keep];
    }

    public static ImmutableArray<DraftParagraph> Drop(ImmutableArray<DraftParagraph> paragraphs, int index) =>
        paragraphs.RemoveAt(index);

    /// <summary>
    /// Merges paragraph <paramref name="index"/> with the next one. The result keeps the first source; it is
    /// partial when copied text meets original text.
    /// </summary>
    public static ImmutableArray<DraftParagraph> Merge(ImmutableArray<DraftParagraph> paragraphs, int index)
    {
        var (first, second) = (paragraphs[index], paragraphs[index + 1]);
        var source = first.SourceArticleId is not null ? first : second;
        var merged = new DraftParagraph(
            first.Text + " " + second.Text,
            MergedLabel(first.Label, second.Label),
            source.SourceArticleId,
            source.SourceParagraph,
            [.. first.Edits.Union(second.Edits, StringComparer.Ordinal), EditKinds.Merge]);
        return paragraphs.RemoveAt(index + 1).SetItem(index, merged);
    }

    /// <summary>
    /// Splits paragraph <paramref name="index"/> in two at a random sentence break. Paragraphs of one sentence
    /// are left alone, and so are partial ones, since which half would hold the original text is unknown.
    /// </summary>
    public static ImmutableArray<DraftParagraph> Split(ImmutableArray<DraftParagraph> paragraphs, int index, Random random)
    {
        var paragraph = paragraphs[index];
        var sentences = RoughSentenceSplitter.Split(paragraph.Text);
        if (sentences.Length < 2 || paragraph.Label == ParagraphLabels.Partial)
            return paragraphs;

        int cut = random.Next(1, sentences.Length);
        var head = paragraph.WithEdit(RoughSentenceSplitter.Join(sentences[..cut]), EditKinds.Split);
        var tail = paragraph.WithEdit(RoughSentenceSplitter.Join(sentences[cut..]), EditKinds.Split);
        return paragraphs.SetItem(index, head).Insert(index + 1, tail);
    }

    public static ImmutableArray<DraftParagraph> Swap(ImmutableArray<DraftParagraph> paragraphs, int first, int second)
    {
        var (a, b) = (paragraphs[first], paragraphs[second]);
        return paragraphs
            .SetItem(first, b.WithEdit(b.Text, EditKinds.Reorder))
            .SetItem(second, a.WithEdit(a.Text, EditKinds.Reorder));
    }

    /// <summary>Inserts a paragraph the copying outlet wrote itself.</summary>
    public static ImmutableArray<DraftParagraph> InsertOriginal(ImmutableArray<DraftParagraph> paragraphs, int index, string text) =>
        paragraphs.Insert(index, DraftParagraph.Original(text, EditKinds.InsertedOriginal));

    /// <summary>Appends a sentence of the outlet's own to paragraph <paramref name="index"/>: copied text becomes partial.</summary>
    public static ImmutableArray<DraftParagraph> AppendOriginalSentence(
        ImmutableArray<DraftParagraph> paragraphs, int index, string sentence)
    {
        var paragraph = paragraphs[index];
        var appended = paragraph.WithEdit(paragraph.Text + " " + sentence, EditKinds.AppendedOriginal);
        return paragraphs.SetItem(index, appended with { Label = MergedLabel(paragraph.Label, ParagraphLabels.Original) });
    }

    private static string MergedLabel(string first, string second) =>
        (first, second) switch
        {
            (ParagraphLabels.Original, ParagraphLabels.Original) => ParagraphLabels.Original,
            (ParagraphLabels.Copied, ParagraphLabels.Copied) => ParagraphLabels.Copied,
            _ => ParagraphLabels.Partial,
        };
}
