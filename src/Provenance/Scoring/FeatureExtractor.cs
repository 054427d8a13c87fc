using Provenance.Alignment;
using Provenance.Pipeline;

namespace Provenance.Scoring;

/// <summary>Computes <see cref="PairFeatures"/> from a paragraph alignment.</summary>
public static class FeatureExtractor
{
    private const float MaxLengthRatio = 4;

    public static float[] Extract(ParagraphAlignment alignment, AnalyzedArticle target, AnalyzedArticle source)
    {
        var words = Math.Max(1, alignment.TargetTokens);
        var matched = alignment.MatchedTokens;
        var inQuote = alignment.MatchedInQuote;
        var outsideQuotes = alignment.TargetTokens - alignment.TargetTokensInQuote;
        var sentences = Math.Max(1, alignment.TargetSentences);
        // Loops over the matches rather than LINQ, which boxes the ImmutableArray at every call.
        int longest = 0, sourceWords = 0, editBlocks = 0;
        double coverage = 0;
        foreach (var match in alignment.Matches)
        {
            longest = Math.Max(longest, match.Diff.LongestRun);
            sourceWords += match.SourceTokenCount;
            editBlocks += match.Diff.EditBlocks;
            coverage += match.Coverage;
        }
        var sourceParagraph = alignment.SourceParagraph;
        var (lagHours, undated) = Lag(target, source);

        return
        [
            (float)matched / words,
            outsideQuotes == 0 ? 0 : (float)(matched - inQuote) / outsideQuotes,
            matched == 0 ? 0 : (float)inQuote / matched,
            (float)longest / words,
            MathF.Log(1 + longest),
            (float)editBlocks / words,
            (float)alignment.WellCoveredSentences / sentences,
            (float)(coverage / sentences),
            sourceWords == 0 ? 0 : Math.Min(MaxLengthRatio, (float)alignment.TargetTokens / sourceWords),
            MathF.Log(1 + alignment.TargetTokens),
            (float)alignment.TargetParagraph / Math.Max(1, target.Paragraphs.Length),
            sourceParagraph < 0 ? 0 : (float)sourceParagraph / Math.Max(1, source.Paragraphs.Length),
            alignment.DistinctSourceParagraphs,
            lagHours,
            undated,
        ];
    }

    private static (float Hours, float Undated) Lag(AnalyzedArticle target, AnalyzedArticle source)
    {
        if (target.Article.Published is not { } t || source.Article.Published is not { } s) return (0, 1);
        var hours = Math.Max(0, (t.SortKey - s.SortKey) / (double)TimeSpan.TicksPerHour);
        return ((float)Math.Log(1 + hours), 0);
    }
}
