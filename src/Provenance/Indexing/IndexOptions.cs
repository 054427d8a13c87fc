namespace Provenance.Indexing;

/// <summary>
/// How candidate sources are found. <see cref="ShingleSize"/>: words per shingle.
/// <see cref="MaxDocumentFrequency"/>: a shingle in more articles than this is boilerplate, not evidence.
/// <see cref="MaxCandidatesPerParagraph"/>: the best-sharing earlier articles kept for each paragraph.
/// </summary>
public sealed record IndexOptions
{
    /// <summary>
    /// What training aligns: four candidates per paragraph where analysis aligns two, so that the model
    /// also learns from the weaker candidates (trained on two, it lost precision: bench/README.md).
    /// </summary>
    public static IndexOptions Training { get; } = new() { MaxCandidatesPerParagraph = 4 };

    public int ShingleSize { get; init; } = 5;
    public int MaxDocumentFrequency { get; init; } = 500;
    public int MinSharedShingles { get; init; } = 2;

    /// <summary>
    /// Two: copies of one story tie on the shingles they share and ties go to the earlier article, so
    /// the earliest copies are kept, and chains reach the earliest source from any copy. Four added
    /// cost and, in large clusters, false links (bench/README.md, seeds 4242 and 5151).
    /// </summary>
    public int MaxCandidatesPerParagraph { get; init; } = 2;

    public int MaxCandidatesPerArticle { get; init; } = 16;
}
