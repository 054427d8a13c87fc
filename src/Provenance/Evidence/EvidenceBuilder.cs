using Provenance.Segmentation;
using System.Collections.Immutable;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Text;

namespace Provenance.Evidence;

/// <summary>
/// Builds the <see cref="ParagraphEvidence"/> of a paragraph traced to a source article, from the
/// same sentence alignment the pipeline scores. The source text shown is every source paragraph
/// that supplied a well-covered sentence, so a merged paragraph is compared with all of its parts.
/// </summary>
public sealed class EvidenceBuilder(WordLists words, AlignmentOptions options)
{
    private readonly ArticleAligner _aligner = new(options);
    private readonly EditNamer _namer = new(words);

    /// <summary>Aligns every paragraph of <paramref name="target"/> with <paramref name="source"/>; pass the result to <see cref="Build"/>.</summary>
    public ImmutableArray<ParagraphAlignment> Align(AnalyzedArticle target, AnalyzedArticle source) => _aligner.Align(target, source);

    /// <param name="sourceParagraph">The main source paragraph (0-based), as traced.</param>
    /// <param name="splitInto">Other paragraphs (0-based) of the target traced to the same source paragraph.</param>
    public ParagraphEvidence Build(AnalyzedArticle target, AnalyzedArticle source, ParagraphAlignment alignment, int sourceParagraph, IReadOnlyList<int> splitInto)
    {
        var drawnOn = DrawnOn(alignment).Append(sourceParagraph).Distinct().Order().ToImmutableArray();
        var sourceWords = drawnOn.SelectMany(p => Words(source, p)).ToList();
        var targetWords = Words(target, alignment.TargetParagraph);

        var firstSource = source.Article.Body.ToString(source.Paragraphs[drawnOn[0]].Paragraph.Span);
        var targetText = target.Article.Body.ToString(target.Paragraphs[alignment.TargetParagraph].Paragraph.Span);
        var datelineEnd = Dateline.Length(targetText) == 0 ? source.Paragraphs[drawnOn[0]].Paragraph.Span.Start + Dateline.Length(firstSource) : 0;
        var datelineWords = sourceWords.TakeWhile(w => w.Span.End <= datelineEnd).Count();

        var comparison = Compare(source.Article.Body, sourceWords, datelineWords, target.Article.Body, targetWords);
        var edits = _namer.Name(comparison, new EditContext(datelineWords, drawnOn, splitInto));
        return new ParagraphEvidence(target, alignment.TargetParagraph, source, drawnOn, comparison, edits, alignment);
    }

    /// <summary>The comparison after the dateline, with the changes at either edge made readable by <see cref="SplitEdge"/>.</summary>
    private WordComparison Compare(SourceText sourceBody, List<RawWord> sourceWords, int datelineWords, SourceText targetBody, List<RawWord> targetWords)
    {
        var diff = WordComparison.Compare(sourceBody, sourceWords[datelineWords..], targetBody, targetWords);
        var changes = new List<WordChange>();
        if (datelineWords > 0) changes.Add(new WordChange(0, datelineWords, 0, 0));
        foreach (var found in diff.Changes)
        {
            var change = found with { SourceStart = found.SourceStart + datelineWords };
            var atStart = change.SourceStart == datelineWords && change.TargetStart == 0;
            var atEnd = change.SourceStart + change.SourceCount == sourceWords.Count && change.TargetStart + change.TargetCount == targetWords.Count;
            changes.AddRange(atStart || atEnd ? SplitEdge(change, atStart, sourceWords, targetWords) : [change]);
        }
        return diff with { SourceWords = [.. sourceWords], Changes = [.. changes] };
    }

    /// <summary>
    /// A change at the start or end that replaces many source words with few: the copy begins or
    /// ends part-way through the source (a split paragraph, a cut sentence), and DiffPlex lumps the
    /// untaken source text with the copy's first or last words. Only the source words next to the
    /// copied text that mean the same as those words are paired with them; the rest is cut, and
    /// when nothing means the same the copy's words are its own.
    /// </summary>
    private IEnumerable<WordChange> SplitEdge(WordChange change, bool atStart, List<RawWord> sourceWords, List<RawWord> targetWords)
    {
        if (change.SourceCount <= change.TargetCount || change.TargetCount == 0)
        {
            yield return change;
            yield break;
        }
        var copyWords = targetWords.GetRange(change.TargetStart, change.TargetCount);
        var paired = Enumerable.Range(1, Math.Min(change.SourceCount, change.TargetCount + 2))
            .FirstOrDefault(k => _namer.MeanTheSame(sourceWords.GetRange(atStart ? change.SourceStart + change.SourceCount - k : change.SourceStart, k), copyWords));
        var cutCount = change.SourceCount - paired;
        var cut = atStart
            ? new WordChange(change.SourceStart, cutCount, change.TargetStart, 0)
            : new WordChange(change.SourceStart + paired, cutCount, change.TargetStart + change.TargetCount, 0);
        var kept = new WordChange(atStart ? change.SourceStart + cutCount : change.SourceStart, paired, change.TargetStart, change.TargetCount);
        if (atStart && cutCount > 0) yield return cut;
        yield return kept;
        if (!atStart && cutCount > 0) yield return cut;
    }

    private static IEnumerable<int> DrawnOn(ParagraphAlignment alignment)
    {
        foreach (var match in alignment.Matches.Where(m => m.IsWellCovered))
            foreach (var sentence in match.SourceWindow)
                yield return sentence.Paragraph;
    }

    private static List<RawWord> Words(AnalyzedArticle article, int paragraph) =>
        WordScanner.Scan(article.Article.Body, article.Paragraphs[paragraph].Paragraph.Span);
}
