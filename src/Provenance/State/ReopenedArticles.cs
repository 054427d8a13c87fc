using Provenance.Corpus;
using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.State;

/// <summary>
/// The stored articles a run over every night might decide differently once tonight's articles are
/// there: those sharing an indexed shingle with one of tonight's articles not known to be published
/// after them (an undated article, or one dated before them or within the same minute), which may be
/// among their candidates and even their source; and those holding a shingle tonight's articles take
/// over the frequency cap, which a run over every night would not index for them.
/// </summary>
internal static class ReopenedArticles
{
    /// <param name="holding">Tonight's articles (positions in <paramref name="tonight"/>) holding each shingle.</param>
    /// <param name="postings">The stored articles (rows) holding each of tonight's indexed shingles.</param>
    /// <param name="stored">The stored articles' fields, by row.</param>
    public static HashSet<long> Preceded(Dictionary<ulong, List<int>> holding, Dictionary<ulong, List<long>> postings,
        IReadOnlyList<AnalyzedArticle> tonight, IReadOnlyDictionary<long, Article> stored)
    {
        var reopened = new HashSet<long>();
        foreach (var (shingle, rows) in postings)
        {
            var holders = holding[shingle];
            foreach (var row in rows)
            {
                if (reopened.Contains(row)) continue;
                var published = stored[row].Published;
                if (holders.Any(i => !TimeRelation.IsDefinitelyLater(tonight[i].Article.Published, published))) reopened.Add(row);
            }
        }
        return reopened;
    }

    /// <summary>The shingles whose stored frequency was within <paramref name="cap"/> and tonight's articles take over it.</summary>
    public static IEnumerable<ulong> OverCapTonight(Dictionary<ulong, List<int>> holding, Dictionary<ulong, int> frequencies, int cap) =>
        holding.Keys.Where(s => frequencies.TryGetValue(s, out var stored) && stored <= cap && stored + holding[s].Count > cap);
}
