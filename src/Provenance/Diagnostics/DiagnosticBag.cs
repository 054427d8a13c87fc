using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Provenance.Diagnostics;

/// <summary>Collects diagnostics during work; safe to add to from several threads.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);
    public void Add(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    public int Count => _items.Count;

    /// <summary>The diagnostics in a stable order: by file, line, column, then id.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _items
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column ?? 0)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
