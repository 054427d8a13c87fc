using Provenance.Evidence;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Text;
using Provenance.Tracing;

namespace Provenance.Reporting;

/// <summary>
/// Turns a pipeline result into the report's article data: every paragraph's text and status and,
/// for each traced paragraph, the word-level evidence against its source. Each (article, source)
/// pair is aligned once, and articles are processed in parallel.
/// </summary>
public sealed class ReportDataBuilder(EvidenceBuilder evidence, int threads)
{
    public IReadOnlyList<ReportArticle> Build(PipelineResult result)
    {
        var linksByArticle = result.Links.ToLookup(l => l.Target.Ordinal);
        var articles = new ReportArticle[result.Articles.Count];
        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
            i => articles[i] = Article(result.Articles[i], [.. linksByArticle[i]], result.Articles));
        return articles;
    }

    private ReportArticle Article(AnalyzedArticle article, List<ParagraphLink> links, IReadOnlyList<AnalyzedArticle> all)
    {
        var alignments = links.Where(l => l.Source is not null).Select(l => l.Source!.Value.Ordinal).Distinct()
            .ToDictionary(s => s, s => evidence.Align(article, all[s]));
        var paragraphs = links.OrderBy(l => l.Target.Paragraph).Select(link =>
        {
            var text = article.Article.Body.ToString(article.Paragraphs[link.Target.Paragraph].Paragraph.Span);
            var status = link.Status.ToString().ToLowerInvariant();
            if (link.Source is not { } source)
                return new ReportParagraph(text, status, Round(link.Probability), Round(link.Similarity));

            var splitInto = links
                .Where(l => l.Source == source && l.Target.Paragraph != link.Target.Paragraph)
                .Select(l => l.Target.Paragraph).ToList();
            var found = evidence.Build(article, all[source.Ordinal], alignments[source.Ordinal][link.Target.Paragraph], source.Paragraph, splitInto);
            return new ReportParagraph(text, status, Round(link.Probability), Round(link.Similarity),
                source.Ordinal, source.Paragraph, From(found), Ranges(found.Comparison.Added, article.Article.Body, ParagraphStart(article, link.Target.Paragraph)),
                [.. found.Edits.Select(e => new[] { e.Kind.Describe(), e.Detail })]);
        }).ToList();
        return new ReportArticle(article.Id, article.Article.Outlet, article.Article.Published?.ToString() ?? "", article.Article.Title, paragraphs);
    }

    private static List<ReportSourceParagraph> From(ParagraphEvidence found)
    {
        var removed = found.Comparison.Removed.ToList();
        return [.. found.SourceParagraphs.Select(p =>
        {
            var span = found.Source.Paragraphs[p].Paragraph.Span;
            return new ReportSourceParagraph(p, Ranges(removed.Where(w => span.Contains(w.Span)), found.Source.Article.Body, span.Start));
        })];
    }

    private static int ParagraphStart(AnalyzedArticle article, int paragraph) => article.Paragraphs[paragraph].Paragraph.Span.Start;

    /// <summary>Word spans as [start, length, ...] relative to <paramref name="origin"/>, words with only spaces or punctuation between them joined into one range.</summary>
    private static List<int> Ranges(IEnumerable<RawWord> words, SourceText body, int origin)
    {
        var ranges = new List<int>();
        TextSpan? open = null;
        foreach (var span in words.Select(w => w.Span).OrderBy(s => s.Start))
        {
            if (open is { } current && !body.ToString(TextSpan.FromBounds(current.End, span.Start)).Any(char.IsLetterOrDigit)) open = TextSpan.FromBounds(current.Start, span.End);
            else
            {
                if (open is { } done) ranges.AddRange([done.Start - origin, done.Length]);
                open = span;
            }
        }
        if (open is { } last) ranges.AddRange([last.Start - origin, last.Length]);
        return ranges;
    }

    private static double Round(double value) => Math.Round(value, 3);
}
