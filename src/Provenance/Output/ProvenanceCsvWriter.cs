using System.Reflection;
using CsvHelper;

namespace Provenance.Output;

/// <summary>
/// Writes provenance rows as RFC 4180 CSV in UTF-8 with CsvHelper. For spreadsheets (the default),
/// formula cells are neutralised and over-long cells cut (<see cref="SpreadsheetCells"/>); raw cells
/// are written exactly as they are.
/// </summary>
public static class ProvenanceCsvWriter
{
    private static readonly PropertyInfo[] Columns = typeof(ProvenanceRow).GetProperties()
        .Where(p => p.CanRead && p.CanWrite).ToArray();

    public static void Write(Stream stream, IEnumerable<ProvenanceRow> rows, CsvOutputOptions options)
    {
        var writerOptions = CsvWriterOptions.For<ProvenanceRow>() with
        {
            WriteByteOrderMark = options.ByteOrderMark,
            Injection = options.NeutraliseFormulas ? CsvInjection.Escape : CsvInjection.None,
        };
        using var writer = CsvWriter.Create(stream, writerOptions, leaveOpen: true);
        writer.WriteRecords(options.NeutraliseFormulas ? rows.Select(ForSpreadsheet) : rows);
    }

    private static ProvenanceRow ForSpreadsheet(ProvenanceRow row)
    {
        var copy = new ProvenanceRow();
        foreach (var column in Columns)
        {
            var value = column.GetValue(row);
            column.SetValue(copy, value is string text ? SpreadsheetCells.Prepare(text) : value);
        }
        return copy;
    }
}
