using System.Collections.Immutable;
using Provenance.Segmentation;

namespace Provenance.Normalization;

/// <summary>A paragraph's normal tokens, and for each of its sentences the range of those tokens.</summary>
public sealed record TokenizedParagraph(Paragraph Paragraph, ImmutableArray<Token> Tokens, ImmutableArray<Range> SentenceTokens)
{
    public int Index => Paragraph.Index;
}
