using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Indexing;

/// <summary>
/// Finds the articles that may be sources of a target article: for each paragraph, the articles not
/// known to be published after it (earlier ones, undated ones, those within the same minute) that
/// share the most shingles with it. Ties go to the earlier article, so the earliest copy of a widely
/// carried story is always kept.
/// </summary>
public sealed class CandidateSelector(IReadOnlyList<AnalyzedArticle> articles, ShingleIndex index, IndexOptions options)
{
    public IReadOnlyList<int> Select(AnalyzedArticle target)
    {
        var selected = new SortedSet<int>();
        var shared = new Dictionary<int, int>();
        foreach (var paragraph in target.Paragraphs)
        {
            shared.Clear();
            var shingles = paragraph.Shingles(options.ShingleSize);
            foreach (var shingle in shingles)
            {
                foreach (var ordinal in index.Postings(shingle))
                {
                    if (ordinal == target.Ordinal) continue;
                    if (TimeRelation.IsDefinitelyLater(articles[ordinal].Article.Published, target.Article.Published)) continue;
                    shared[ordinal] = shared.GetValueOrDefault(ordinal) + 1;
                }
            }
            var needed = Math.Min(options.MinSharedShingles, shingles.Length);
            foreach (var (ordinal, _) in shared
                .Where(pair => pair.Value >= needed)
                .OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key)
                .Take(options.MaxCandidatesPerParagraph))
                selected.Add(ordinal);
        }
        return selected.Count <= options.MaxCandidatesPerArticle
            ? [.. selected]
            : [.. selected.Take(options.MaxCandidatesPerArticle)];
    }
}
