using System.Text;
using CsvHelper;
using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>Reads a <c>.csv</c> file with a header row naming the same fields as the JSONL format.</summary>
public sealed class CsvCorpusReader : ICorpusReader
{
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
    };

    public IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics)
    {
        using var reader = CsvReader.FromFile(path, Options);
        string[] headers;
        try
        {
            headers = [.. reader.Headers];
        }
        catch (Exception e) when (e is CsvFormatException or IOException)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableInput, new Location(path, 1), e.Message);
            yield break;
        }
        if (!HasAny(headers, RecordFields.IdNames) || !HasAny(headers, RecordFields.TextNames))
        {
            var missing = HasAny(headers, RecordFields.IdNames) ? "text" : "id";
            diagnostics.Add(DiagnosticDescriptors.MissingCsvColumn, new Location(path, 1), missing);
            yield break;
        }

        while (reader.Read())
        {
            var location = new Location(path, (int)reader.LineNumber);
            var raw = Encoding.UTF8.GetString(reader.RawRecord);
            if (reader.FieldCount != headers.Length)
            {
                var diagnostic = Diagnostic.Create(DiagnosticDescriptors.MalformedCsvRow, location, reader.FieldCount, headers.Length);
                yield return CorpusItem.Reject(new RejectedRecord(diagnostic, raw));
                continue;
            }
            var fields = new RecordFields();
            for (var i = 0; i < headers.Length; i++)
            {
                var value = reader.GetString(i);
                fields.Set(headers[i].Trim(), string.IsNullOrEmpty(value) ? null : value);
            }
            yield return ArticleFactory.Create(fields, location, raw, diagnostics);
        }
    }

    private static bool HasAny(string[] headers, string[] names) =>
        headers.Any(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
}
