using System.Text;
using System.Text.Json;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Output;

namespace Provenance.Tests.Output;

public class RejectsWriterTests
{
    [Fact]
    public void Each_rejected_record_is_one_json_line_with_its_diagnostic_and_the_record_verbatim()
    {
        var raw = "{\"id\":\"é\",\"text\":\"“curly”\\n\" , broken";
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InvalidJson, new Location("in.jsonl", 7, 3), "oops").WithRecordId("é");
        var fileRejected = Diagnostic.Create(DiagnosticDescriptors.BinaryInput, Location.File("folder/x.txt")).WithRecordId("x");
        using var stream = new MemoryStream();
        RejectsWriter.Write(stream, [new RejectedRecord(diagnostic, raw), new RejectedRecord(fileRejected, "")]);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        Assert.Contains("“curly”", lines[0]);

        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("in.jsonl", first.GetProperty("file").GetString());
        Assert.Equal(7, first.GetProperty("line").GetInt32());
        Assert.Equal(3, first.GetProperty("column").GetInt32());
        Assert.Equal("é", first.GetProperty("id").GetString());
        Assert.Equal("PRV1001", first.GetProperty("code").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal(diagnostic.ToString(), first.GetProperty("diagnostic").GetString());
        Assert.Equal(raw, first.GetProperty("record").GetString());

        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal(JsonValueKind.Null, second.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("record").ValueKind);
    }
}
