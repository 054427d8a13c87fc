using Provenance.Diagnostics;
using Provenance.Text;

namespace Provenance.Corpus;

/// <summary>One article as read: its fields and its body as an immutable text.</summary>
public sealed record Article(
    string Id,
    string Outlet,
    PublishedTime? Published,
    string? Title,
    SourceText Body,
    Location Location);
