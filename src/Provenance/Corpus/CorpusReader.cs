using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>
/// Reads every input (files by extension, folders of .txt files) into one corpus.
/// An id read twice is kept the first time and rejected after, so every record is accounted for.
/// </summary>
public static class CorpusReader
{
    public static ICorpusReader? ReaderFor(string path)
    {
        if (Directory.Exists(path)) return new TextFolderReader();
        var name = path.ToLowerInvariant();
        if (name.EndsWith(".jsonl") || name.EndsWith(".jsonl.gz") || name.EndsWith(".json")) return new JsonLinesReader();
        if (name.EndsWith(".csv")) return new CsvCorpusReader();
        return null;
    }

    /// <summary>Checks that every input exists and has a reader; reports the ones that do not.</summary>
    public static bool Validate(IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var input in inputs)
        {
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                diagnostics.Add(DiagnosticDescriptors.InputNotFound, Location.File(input));
                ok = false;
            }
            else if (ReaderFor(input) is null)
            {
                diagnostics.Add(DiagnosticDescriptors.UnsupportedInput, Location.File(input));
                ok = false;
            }
        }
        return ok;
    }

    public static IEnumerable<CorpusItem> Read(IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var reader = ReaderFor(input) ?? throw new ArgumentException($"No reader for '{input}'.", nameof(inputs));
            foreach (var item in ReadSafely(reader, input, diagnostics))
            {
                if (item.Article is { } article && !seen.TryAdd(article.Id, article.Location))
                {
                    var diagnostic = Diagnostic.Create(DiagnosticDescriptors.DuplicateId, article.Location, article.Id, seen[article.Id])
                        .WithRecordId(article.Id);
                    yield return CorpusItem.Reject(new RejectedRecord(diagnostic, article.Body.ToString()));
                    continue;
                }
                yield return item;
            }
        }
    }

    private static IEnumerable<CorpusItem> ReadSafely(ICorpusReader reader, string input, DiagnosticBag diagnostics)
    {
        using var items = reader.Read(input, diagnostics).GetEnumerator();
        while (true)
        {
            try
            {
                if (!items.MoveNext()) yield break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                diagnostics.Add(DiagnosticDescriptors.UnreadableInput, Location.File(input), e.Message);
                yield break;
            }
            yield return items.Current;
        }
    }
}
