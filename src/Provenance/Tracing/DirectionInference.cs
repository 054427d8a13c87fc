using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;

namespace Provenance.Tracing;

/// <summary>
/// Infers which of two articles sharing text is derived from the other when dates cannot tell, from
/// the asymmetry of newsroom edits. Each signal votes for the article that looks derived:
/// it has more honorifics before names ("Mr Kim"), more British house spellings, fewer dotted
/// abbreviations ("US" for "U.S."), lost the dateline the other opens with, or (truncation and
/// inserted paragraphs) is more contained in the other than the other is in it. The majority decides; a tie is unknown. Computed on the pair in ordinal order, so
/// both articles of a pair always get the same answer.
/// </summary>
public sealed class DirectionInference
{
    // Truncation and inserted paragraphs shift containment a little either way; only a clear gap votes
    // (0.1 let through wrong votes: bench/README.md, seeds 4242 and 5151).
    private const double ContainmentMargin = 0.2;
    private const double ParagraphMatched = 0.5;

    /// <summary>+1 when <paramref name="first"/> is derived from <paramref name="second"/>, -1 for the reverse, 0 when unknown.</summary>
    public int Infer(AnalyzedArticle first, AnalyzedArticle second,
        ImmutableArray<ParagraphAlignment> firstOnSecond, ImmutableArray<ParagraphAlignment> secondOnFirst)
    {
        if (first.Ordinal > second.Ordinal) return -Infer(second, first, secondOnFirst, firstOnSecond);

        var shared1 = SharedParagraphs(firstOnSecond);
        var shared2 = SharedParagraphs(secondOnFirst);
        var style1 = StyleOf(first, shared1);
        var style2 = StyleOf(second, shared2);
        var votes = 0;
        votes += Math.Sign(style1.HonorificsBeforeNames - style2.HonorificsBeforeNames);
        votes += Math.Sign(style1.BritishSpellings - style2.BritishSpellings);
        votes += Math.Sign(style2.DottedAbbreviations - style1.DottedAbbreviations);
        votes += Math.Sign(Dateline(second) - Dateline(first));
        var containment = Contained(shared1, first) - Contained(shared2, second);
        if (Math.Abs(containment) >= ContainmentMargin) votes += Math.Sign(containment);
        return Math.Sign(votes);
    }

    private static HashSet<int> SharedParagraphs(ImmutableArray<ParagraphAlignment> alignments) =>
        [.. alignments.Where(a => a.MatchedShare >= ParagraphMatched).Select(a => a.TargetParagraph)];

    private static double Contained(HashSet<int> shared, AnalyzedArticle article) =>
        article.Paragraphs.IsEmpty ? 0 : (double)shared.Count / article.Paragraphs.Length;

    /// <summary>House-style marks over the paragraphs the two articles share (each counted when it was tokenised).</summary>
    private static HouseStyle StyleOf(AnalyzedArticle article, HashSet<int> paragraphs)
    {
        var style = new HouseStyle();
        foreach (var index in paragraphs) style += article.Paragraphs[index].Style;
        return style;
    }

    /// <summary>1 when the article opens with a dateline ("SEOUL, Sept 14 (Reuters) - ", "Seoul, South Korea: ").</summary>
    private static int Dateline(AnalyzedArticle article) =>
        article.Paragraphs.IsEmpty ? 0 : Segmentation.Dateline.Length(article.Article.Body.ToString(article.Paragraphs[0].Paragraph.Span)) > 0 ? 1 : 0;
}
