using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Pipeline;

namespace Provenance.Alignment;

/// <summary>
/// Aligns every paragraph of a target article with a source article, sentence by sentence; a match in
/// the gray zone of the trained sentence decision, when there is one, is judged by it.
/// </summary>
public sealed class ArticleAligner(SentenceAligner sentences, SentenceJudge? judge = null)
{
    public ArticleAligner(AlignmentOptions options) : this(new SentenceAligner(options), options.Judge)
    {
    }

    public ImmutableArray<ParagraphAlignment> Align(AnalyzedArticle target, AnalyzedArticle source) =>
        Align(target, new SentenceIndex(source.Sentences));

    /// <param name="sourceIndex">The source article's sentence index, built once when it is aligned against many targets.</param>
    public ImmutableArray<ParagraphAlignment> Align(AnalyzedArticle target, SentenceIndex sourceIndex)
    {
        var result = new ParagraphAlignment[target.Paragraphs.Length];
        var targetSentences = target.Sentences;
        var next = 0;
        for (var p = 0; p < result.Length; p++)
        {
            var paragraph = target.Paragraphs[p];
            // Sentences are in paragraph order: each paragraph's are the next run of them.
            var matches = t_matches ??= [];
            matches.Clear();
            for (; next < targetSentences.Length && targetSentences[next].Paragraph <= paragraph.Index; next++)
                if (targetSentences[next].Paragraph == paragraph.Index && sentences.Align(targetSentences[next], sourceIndex) is { } match)
                    matches.Add(judge?.Judge(match) ?? match);
            result[p] = new ParagraphAlignment(
                paragraph.Index,
                paragraph.Tokens.Length,
                paragraph.WordySentences,
                paragraph.TokensInQuote,
                matches.Count == 0 ? [] : ImmutableArray.Create(CollectionsMarshal.AsSpan(matches)));
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    // A paragraph's matches gather in a list each thread reuses, then are copied out at their size.
    [ThreadStatic] private static List<SentenceMatch>? t_matches;
}
