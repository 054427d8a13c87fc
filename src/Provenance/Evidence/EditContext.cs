namespace Provenance.Evidence;

/// <summary>
/// What the word comparison alone cannot tell the <see cref="EditNamer"/>: how many leading source
/// words are a dateline the copy cut, which source paragraphs (0-based) the paragraph draws on,
/// and which other paragraphs (0-based) of the copy draw on its main source paragraph too.
/// </summary>
public sealed record EditContext(int DatelineWords, IReadOnlyList<int> SourceParagraphs, IReadOnlyList<int> SplitInto);
