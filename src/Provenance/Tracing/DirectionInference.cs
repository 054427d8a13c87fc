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
public sealed class DirectionInference(WordLists words)
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
        var votes = 0;
        votes += Math.Sign(HonorificsBeforeNames(first, shared1) - HonorificsBeforeNames(second, shared2));
        votes += Math.Sign(BritishSpellings(first, shared1) - BritishSpellings(second, shared2));
        votes += Math.Sign(DottedAbbreviations(second, shared2) - DottedAbbreviations(first, shared1));
        votes += Math.Sign(Dateline(second) - Dateline(first));
        var containment = Contained(firstOnSecond, first) - Contained(secondOnFirst, second);
        if (Math.Abs(containment) >= ContainmentMargin) votes += Math.Sign(containment);
        return Math.Sign(votes);
    }

    private static HashSet<int> SharedParagraphs(ImmutableArray<ParagraphAlignment> alignments) =>
        [.. alignments.Where(a => a.MatchedShare >= ParagraphMatched).Select(a => a.TargetParagraph)];

    private static double Contained(ImmutableArray<ParagraphAlignment> alignments, AnalyzedArticle article) =>
        article.Paragraphs.IsEmpty ? 0 : (double)SharedParagraphs(alignments).Count / article.Paragraphs.Length;

    private int HonorificsBeforeNames(AnalyzedArticle article, HashSet<int> paragraphs) =>
        CountWords(article, paragraphs, (word, next) => Honorifics.StandsBeforeName(word, next, words));

    private int BritishSpellings(AnalyzedArticle article, HashSet<int> paragraphs) => CountWords(article, paragraphs, (word, _) =>
        words.SpellingVariants.ContainsKey(word.Text.ToLowerInvariant().Replace('’', '\'')));

    private static int DottedAbbreviations(AnalyzedArticle article, HashSet<int> paragraphs) => CountWords(article, paragraphs, (word, _) =>
        word.Text.Length >= 3 && word.Text.Contains('.') && word.Text.All(c => char.IsUpper(c) || c == '.'));

    private static int CountWords(AnalyzedArticle article, HashSet<int> paragraphs, Func<RawWord, RawWord?, bool> counts)
    {
        var count = 0;
        foreach (var index in paragraphs)
        {
            var raw = WordScanner.Scan(article.Article.Body, article.Paragraphs[index].Paragraph.Span);
            for (var i = 0; i < raw.Count; i++)
                if (counts(raw[i], i + 1 < raw.Count ? raw[i + 1] : null)) count++;
        }
        return count;
    }

    /// <summary>1 when the article opens with a dateline ("SEOUL, Sept 14 (Reuters) - ", "Seoul, South Korea: ").</summary>
    private static int Dateline(AnalyzedArticle article) =>
        article.Paragraphs.IsEmpty ? 0 : Segmentation.Dateline.Length(article.Article.Body.ToString(article.Paragraphs[0].Paragraph.Span)) > 0 ? 1 : 0;
}
