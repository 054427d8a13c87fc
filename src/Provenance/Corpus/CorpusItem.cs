namespace Provenance.Corpus;

/// <summary>What a reader yields for each record: an article, or the record rejected with its reason.</summary>
public readonly record struct CorpusItem(Article? Article, RejectedRecord? Rejected)
{
    public static CorpusItem Accept(Article article) => new(article, null);
    public static CorpusItem Reject(RejectedRecord rejected) => new(null, rejected);
}
