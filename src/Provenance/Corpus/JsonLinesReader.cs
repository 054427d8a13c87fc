using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>Reads <c>.jsonl</c> and <c>.jsonl.gz</c>: one JSON object per line.</summary>
public sealed class JsonLinesReader : ICorpusReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics)
    {
        using var stream = File.OpenRead(path);
        using var decompressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decompressed, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);

        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                diagnostics.Add(DiagnosticDescriptors.UnreadableInput, new Location(path, lineNumber + 1), e.Message);
                yield break;
            }
            if (line is null) yield break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReadLine(line, new Location(path, lineNumber), diagnostics);
        }
    }

    private static CorpusItem ReadLine(string line, Location location, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is long b ? (int)b + 1 : (int?)null;
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InvalidJson, location with { Column = column }, FirstSentence(e.Message));
            return CorpusItem.Reject(new RejectedRecord(diagnostic, line));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return CorpusItem.Reject(new RejectedRecord(Diagnostic.Create(DiagnosticDescriptors.NotAnObject, location), line));

            var fields = new RecordFields();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String: fields.Set(property.Name, property.Value.GetString()); break;
                    case JsonValueKind.Null: fields.Set(property.Name, null); break;
                    default: fields.SetNonString(property.Name); break;
                }
            }
            return ArticleFactory.Create(fields, location, line, diagnostics);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
