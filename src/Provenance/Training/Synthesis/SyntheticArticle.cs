using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

public sealed record SyntheticArticle(
    string Id,
    string Outlet,
    DateTimeOffset? Published,
    string? Title,
    ImmutableArray<string> Paragraphs);
