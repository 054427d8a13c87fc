using Provenance.Pipeline;

namespace Provenance.Indexing;

/// <summary>
/// An inverted index from shingle to the articles (by ordinal, ascending) whose paragraphs contain it.
/// Shingles found in more than <see cref="IndexOptions.MaxDocumentFrequency"/> articles are dropped.
/// </summary>
public sealed class ShingleIndex
{
    private readonly Dictionary<ulong, int[]> _postings;

    private ShingleIndex(Dictionary<ulong, int[]> postings) => _postings = postings;

    public int ShingleCount => _postings.Count;

    /// <param name="articles">Every article, in ordinal order.</param>
    public static ShingleIndex Build(IReadOnlyList<AnalyzedArticle> articles, IndexOptions options)
    {
        var lists = new Dictionary<ulong, List<int>>();
        foreach (var article in articles)
        {
            var shingles = new HashSet<ulong>();
            foreach (var paragraph in article.Paragraphs)
                shingles.UnionWith(Shingler.Shingles(paragraph.Tokens, options.ShingleSize));
            foreach (var shingle in shingles)
            {
                if (!lists.TryGetValue(shingle, out var list)) lists[shingle] = list = [];
                list.Add(article.Ordinal);
            }
        }
        var postings = new Dictionary<ulong, int[]>(lists.Count);
        foreach (var (shingle, list) in lists)
            if (list.Count <= options.MaxDocumentFrequency) postings[shingle] = [.. list];
        return new ShingleIndex(postings);
    }

    /// <summary>The ordinals of the articles containing the shingle, ascending; empty for boilerplate.</summary>
    public ReadOnlySpan<int> Postings(ulong shingle) =>
        _postings.TryGetValue(shingle, out var list) ? list : ReadOnlySpan<int>.Empty;
}
