using System.Text.Encodings.Web;
using System.Text.Json;
using Provenance.Corpus;

namespace Provenance.Output;

/// <summary>
/// Writes rejected records as JSON Lines, one object per record:
/// <c>{"file","line","column","id","code","severity","message","diagnostic","record"}</c>, where
/// <c>record</c> is the record verbatim (a JSONL line, a CSV row, a whole .txt file) and
/// <c>diagnostic</c> the line printed on stderr. <c>record</c> is null for a .txt file that could not
/// be read, is binary or is too long: the file, left where it is, is the record.
/// </summary>
public static class RejectsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keep accents and curly quotes readable; JSON escaping still covers quotes and controls.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, IEnumerable<RejectedRecord> rejected)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        foreach (var record in rejected)
        {
            var diagnostic = record.Diagnostic;
            json.WriteStartObject();
            json.WriteString("file", diagnostic.Location.Path);
            WriteNumberOrNull(json, "line", diagnostic.Location.Line == 0 ? null : diagnostic.Location.Line);
            WriteNumberOrNull(json, "column", diagnostic.Location.Column);
            json.WriteString("id", diagnostic.RecordId);
            json.WriteString("code", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("diagnostic", diagnostic.ToString());
            json.WriteString("record", record.Raw.Length == 0 ? null : record.Raw);
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int number) json.WriteNumber(name, number);
        else json.WriteNull(name);
    }
}
