namespace Provenance.Corpus;

/// <summary>
/// What a reader yields for each record: an article, or the record rejected with its reason.
/// <see cref="Record"/> is the record as read, kept so that a later rejection (a duplicate id) has it verbatim.
/// </summary>
public readonly record struct CorpusItem(Article? Article, RejectedRecord? Rejected, RecordText Record)
{
    /// <summary>The record as read, verbatim.</summary>
    public string Raw => Record.ToString();

    public static CorpusItem Accept(Article article, string raw) => new(article, null, new RecordText(raw));
    public static CorpusItem Accept(Article article, RecordText raw) => new(article, null, raw);
    public static CorpusItem Reject(RejectedRecord rejected) => new(null, rejected, new RecordText(rejected.Raw));
}
