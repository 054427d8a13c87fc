using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>
/// Reads <c>.jsonl</c> and <c>.jsonl.gz</c>: one JSON object per line (LF, CR LF or CR). Every
/// non-blank line is one record, analysed or rejected. A line that is not valid UTF-8 is read as
/// Windows-1252 with a warning; a line over <see cref="RecordLimits.MaxRecordBytes"/> is rejected.
/// </summary>
public sealed class JsonLinesReader(int threads = 1) : ICorpusReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    // Lines are read in order and parsed a batch at a time on the threads given, then yielded in order.
    private const int LinesPerBatch = 1024;

    public IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics)
    {
        using var stream = CorpusFile.OpenRead(path);
        var lines = new LineReader(stream, RecordLimits.MaxRecordBytes);
        if (!TryRead(() => lines.StartsWithBinary(), path, lines, diagnostics, out var binary)) yield break;
        if (binary)
        {
            diagnostics.Add(DiagnosticDescriptors.BinaryInput, Location.File(path));
            yield break;
        }
        var batch = new List<RawLine>(LinesPerBatch);
        var items = new CorpusItem[LinesPerBatch];
        var more = true;
        while (more)
        {
            batch.Clear();
            while (batch.Count < LinesPerBatch && (more = NextLine(out var line)))
                if (!line.IsBlank) batch.Add(line);
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) },
                i => items[i] = ReadRecord(batch[i], new Location(path, batch[i].Number), diagnostics));
            for (var i = 0; i < batch.Count; i++) yield return items[i];
        }

        // False at the end of the input, or when it cannot be read further (reported).
        bool NextLine(out RawLine line)
        {
            var read = TryRead(() => lines.TryRead(out var next) ? next : (RawLine?)null, path, lines, diagnostics, out var maybe) && maybe is not null;
            line = maybe.GetValueOrDefault();
            return read;
        }
    }

    /// <summary>Runs a read of the input, turning a failure (a truncated .gz, a disk error) into a diagnostic at the line reached.</summary>
    private static bool TryRead<T>(Func<T> read, string path, LineReader lines, DiagnosticBag diagnostics, out T? value)
    {
        try
        {
            value = read();
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            diagnostics.Add(DiagnosticDescriptors.UnreadableInput, new Location(path, lines.LineNumber + 1), e.Message);
            value = default;
            return false;
        }
    }

    private static CorpusItem ReadRecord(RawLine line, Location location, DiagnosticBag diagnostics)
    {
        if (line.IsCut)
        {
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.RecordTooLong, location, line.Length, RecordLimits.MaxRecordBytes);
            return CorpusItem.Reject(new RejectedRecord(diagnostic, Encoding.UTF8.GetString(line.Bytes)));
        }
        // Most lines are valid UTF-8: parsed from their bytes, with no text made of the whole line.
        if (Utf8.IsValid(line.Bytes)) return ReadJson(line.Bytes, new RecordText(line.Bytes), location, diagnostics);
        var text = TextDecoder.Decode(line.Bytes, out var invalidAt);
        var item = ReadJson(Encoding.UTF8.GetBytes(text), new RecordText(text), location, diagnostics);
        if (invalidAt >= 0)
        {
            var id = item.Article?.Id ?? item.Rejected?.Diagnostic.RecordId;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotUtf8, location with { Column = invalidAt + 1 }, invalidAt + 1).WithRecordId(id));
        }
        return item;
    }

    private static CorpusItem ReadJson(ReadOnlyMemory<byte> utf8, RecordText line, Location location, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is long b ? (int)b + 1 : (int?)null;
            return Invalid(line, location with { Column = column }, FirstSentence(e.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return CorpusItem.Reject(new RejectedRecord(Diagnostic.Create(DiagnosticDescriptors.NotAnObject, location), line.ToString()));

            RecordFields fields;
            try
            {
                fields = ReadFields(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json refuses to unescape an unpaired surrogate such as "\ud800" into a string.
                return Invalid(line, location, "a name or value has an unpaired surrogate escape");
            }
            return ArticleFactory.Create(fields, location, line, diagnostics);
        }
    }

    private static RecordFields ReadFields(JsonElement record)
    {
        var fields = new RecordFields();
        foreach (var property in record.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String: fields.Set(property.Name, property.Value.GetString()); break;
                case JsonValueKind.Null: fields.Set(property.Name, null); break;
                default: fields.SetNonString(property.Name); break;
            }
        }
        return fields;
    }

    private static CorpusItem Invalid(RecordText line, Location location, string reason) =>
        CorpusItem.Reject(new RejectedRecord(Diagnostic.Create(DiagnosticDescriptors.InvalidJson, location, reason), line.ToString()));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
