namespace Provenance.Indexing;

/// <summary>
/// How candidate sources are found. <see cref="ShingleSize"/>: words per shingle.
/// <see cref="MaxDocumentFrequency"/>: a shingle in more articles than this is boilerplate, not evidence.
/// <see cref="MaxCandidatesPerParagraph"/>: the best-sharing earlier articles kept for each paragraph.
/// </summary>
public sealed record IndexOptions
{
    public int ShingleSize { get; init; } = 5;
    public int MaxDocumentFrequency { get; init; } = 500;
    public int MinSharedShingles { get; init; } = 2;
    public int MaxCandidatesPerParagraph { get; init; } = 4;
    public int MaxCandidatesPerArticle { get; init; } = 16;
}
