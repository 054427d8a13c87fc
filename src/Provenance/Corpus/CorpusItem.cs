namespace Provenance.Corpus;

/// <summary>
/// What a reader yields for each record: an article, or the record rejected with its reason.
/// <see cref="Raw"/> is the record as read, kept so that a later rejection (a duplicate id) has it verbatim.
/// </summary>
public readonly record struct CorpusItem(Article? Article, RejectedRecord? Rejected, string Raw)
{
    public static CorpusItem Accept(Article article, string raw) => new(article, null, raw);
    public static CorpusItem Reject(RejectedRecord rejected) => new(null, rejected, rejected.Raw);
}
