using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>A paragraph being edited, with the lineage that becomes its <see cref="ParagraphTruth"/>.</summary>
public sealed record DraftParagraph(
    string Text,
    string Label,
    string? SourceArticleId,
    int? SourceParagraph,
    ImmutableArray<string> Edits)
{
    /// <summary>A paragraph written by the outlet itself; <paramref name="edit"/> says how it got there, if at all.</summary>
    public static DraftParagraph Original(string text, string? edit = null) =>
        new(text, ParagraphLabels.Original, null, null, edit is null ? [] : [edit]);

    /// <summary>
    /// This paragraph as taken over by an article copying <paramref name="articleId"/>, where it is paragraph
    /// <paramref name="paragraph"/> (1-based): an original becomes a verbatim copy of it, a copy keeps its
    /// earliest source and is marked as a chain.
    /// </summary>
    public DraftParagraph CopiedFrom(string articleId, int paragraph) =>
        Label == ParagraphLabels.Original
            ? new DraftParagraph(Text, ParagraphLabels.Copied, articleId, paragraph, [])
            : WithEdit(Text, EditKinds.Chain);

    /// <summary>Replaces the text and records <paramref name="edit"/>, unless the text did not change.</summary>
    public DraftParagraph Edited(string text, string edit) =>
        string.Equals(text, Text, StringComparison.Ordinal) ? this : WithEdit(text, edit);

    public DraftParagraph WithEdit(string text, string edit) =>
        this with { Text = text, Edits = Edits.Contains(edit) ? Edits : Edits.Add(edit) };

    public ParagraphTruth ToTruth(string articleId, int paragraph) =>
        new(articleId, paragraph, Label, SourceArticleId, SourceParagraph, DescribeEdits());

    private string DescribeEdits() =>
        Edits.IsEmpty && Label != ParagraphLabels.Original
            ? EditKinds.Verbatim
            : string.Join(EditKinds.Separator, Edits);
}
