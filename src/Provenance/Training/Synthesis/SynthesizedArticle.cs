using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>An output article together with the drafts, and so the lineage, of its paragraphs.</summary>
internal sealed record SynthesizedArticle(SyntheticArticle Article, ImmutableArray<DraftParagraph> Drafts)
{
    public SynthesizedArticle(string id, string outlet, DateTimeOffset? published, string? title, ImmutableArray<DraftParagraph> drafts)
        : this(new SyntheticArticle(id, outlet, published, title, [.. drafts.Select(paragraph => paragraph.Text)]), drafts)
    {
    }
}
