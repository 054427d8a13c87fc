using CsvHelper;

namespace Provenance.Output;

/// <summary>Writes provenance rows as RFC 4180 CSV in UTF-8 with CsvHelper.</summary>
public static class ProvenanceCsvWriter
{
    public static void Write(Stream stream, IEnumerable<ProvenanceRow> rows, CsvOutputOptions options)
    {
        var writerOptions = CsvWriterOptions.For<ProvenanceRow>() with
        {
            WriteByteOrderMark = options.ByteOrderMark,
            Injection = options.NeutraliseFormulas ? CsvInjection.Escape : CsvInjection.None,
        };
        using var writer = CsvWriter.Create(stream, writerOptions, leaveOpen: true);
        writer.WriteRecords(rows);
    }
}
