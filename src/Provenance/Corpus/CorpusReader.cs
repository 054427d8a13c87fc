using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>
/// Reads every input (files by extension, folders of .txt files) into one corpus.
/// An id read twice is kept the first time and rejected after, so every record is accounted for.
/// </summary>
public static class CorpusReader
{
    /// <param name="threads">How many threads may parse records (for the formats that can be split by line).</param>
    public static ICorpusReader? ReaderFor(string path, int threads = 1)
    {
        if (Directory.Exists(path)) return new TextFolderReader();
        var name = path.ToLowerInvariant();
        if (name.EndsWith(".jsonl") || name.EndsWith(".jsonl.gz") || name.EndsWith(".json")) return new JsonLinesReader(threads);
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

    /// <summary>
    /// Every record of every input, in order. An article dated more than a day after
    /// <paramref name="clock"/>'s now (default: the system clock) is analysed as undated.
    /// </summary>
    /// <param name="threads">How many threads may parse records; the records come in input order whatever the number.</param>
    public static IEnumerable<CorpusItem> Read(IEnumerable<string> inputs, DiagnosticBag diagnostics, TimeProvider? clock = null, int threads = 1)
    {
        var latestDate = (clock ?? TimeProvider.System).GetUtcNow().AddDays(1);
        var seen = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var reader = ReaderFor(input, threads) ?? throw new ArgumentException($"No reader for '{input}'.", nameof(inputs));
            var records = 0;
            var diagnosticsBefore = diagnostics.Count;
            foreach (var item in ReadSafely(reader, input, diagnostics))
            {
                records++;
                if (item.Article is not { } article)
                {
                    yield return item;
                    continue;
                }
                if (seen.TryGetValue(article.Id, out var first))
                {
                    yield return RejectDuplicate(item, article, first);
                    continue;
                }
                if (article.Published is { } published && published.Value > latestDate)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FutureDate, article.Location, published).WithRecordId(article.Id));
                    article = article with { Published = null };
                }
                seen.Add(article.Id, article);
                yield return item with { Article = article };
            }
            if (records == 0 && diagnostics.Count == diagnosticsBefore)
                diagnostics.Add(DiagnosticDescriptors.EmptyInput, Location.File(input));
        }
    }

    private static CorpusItem RejectDuplicate(CorpusItem item, Article duplicate, Article first)
    {
        var sameText = duplicate.Body.ToString() == first.Body.ToString();
        var descriptor = sameText ? DiagnosticDescriptors.DuplicateRecord : DiagnosticDescriptors.DuplicateId;
        var diagnostic = Diagnostic.Create(descriptor, duplicate.Location, duplicate.Id, first.Location).WithRecordId(duplicate.Id);
        return CorpusItem.Reject(new RejectedRecord(diagnostic, item.Raw));
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
