using System.Text;
using CsvHelper;
using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>
/// Reads a <c>.csv</c> file with a header row naming the same fields as the JSONL format. A row that
/// is not valid UTF-8 is read as Windows-1252 with a warning. Malformed quoting that cannot be
/// recovered from (an unclosed quote running past <see cref="RecordLimits.MaxRecordBytes"/>) stops
/// the file with a diagnostic at its line; the rows before it are kept.
/// </summary>
public sealed class CsvCorpusReader : ICorpusReader
{
    private const int SniffLength = 8 * 1024;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        MaxRecordSize = RecordLimits.MaxRecordBytes,
    };

    public IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics)
    {
        if (LooksBinary(path))
        {
            diagnostics.Add(DiagnosticDescriptors.BinaryInput, Location.File(path));
            yield break;
        }
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
        if (headers.Length == 0) yield break;
        if (!HasAny(headers, RecordFields.IdNames) || !HasAny(headers, RecordFields.TextNames))
        {
            var missing = HasAny(headers, RecordFields.IdNames) ? "text" : "id";
            diagnostics.Add(DiagnosticDescriptors.MissingCsvColumn, new Location(path, 1), missing);
            yield break;
        }

        while (TryReadRow(reader, path, diagnostics))
        {
            var location = new Location(path, (int)reader.LineNumber);
            var raw = TextDecoder.Decode(reader.RawRecord, out var invalidAt);
            if (reader.FieldCount != headers.Length)
            {
                var diagnostic = Diagnostic.Create(DiagnosticDescriptors.MalformedCsvRow, location, reader.FieldCount, headers.Length);
                yield return CorpusItem.Reject(new RejectedRecord(diagnostic, raw));
                continue;
            }
            if (invalidAt >= 0) diagnostics.Add(DiagnosticDescriptors.NotUtf8, location, invalidAt + 1);
            var fields = new RecordFields();
            for (var i = 0; i < headers.Length; i++)
            {
                var value = invalidAt >= 0 ? Windows1252.Decode(reader.GetSpan(i)) : reader.GetString(i);
                fields.Set(headers[i].Trim(), string.IsNullOrEmpty(value) ? null : value);
            }
            yield return ArticleFactory.Create(fields, location, raw, diagnostics);
        }
    }

    private static bool TryReadRow(CsvReader reader, string path, DiagnosticBag diagnostics)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableInput, new Location(path, (int)reader.LineNumber + 1), e.Message);
            return false;
        }
    }

    /// <summary>NUL bytes at the start of a file without a UTF-16 byte-order mark (which CsvHelper honours).</summary>
    private static bool LooksBinary(string path)
    {
        using var file = File.OpenRead(path);
        var start = new byte[SniffLength];
        var length = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var bytes = start.AsSpan(0, length);
        var utf16 = bytes.StartsWith(Encoding.Unicode.Preamble) || bytes.StartsWith(Encoding.BigEndianUnicode.Preamble);
        return !utf16 && TextDecoder.LooksBinary(bytes);
    }

    private static bool HasAny(string[] headers, string[] names) =>
        headers.Any(h => names.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase));
}
