using System.Reflection;
using CsvHelper;

namespace Provenance.Output;

/// <summary>
/// Writes rows of a <c>[CsvRecord]</c> type (the provenance rows, the article summary) as RFC 4180 CSV
/// in UTF-8 with CsvHelper. For spreadsheets (the default), formula cells are neutralised and
/// over-long cells cut (<see cref="SpreadsheetCells"/>); raw cells are written exactly as they are.
/// </summary>
public static class CsvTableWriter
{
    public static void Write<TRow>(Stream stream, IEnumerable<TRow> rows, CsvOutputOptions options) where TRow : class, new()
    {
        var writerOptions = CsvWriterOptions.For<TRow>() with
        {
            WriteByteOrderMark = options.ByteOrderMark,
            Injection = options.NeutraliseFormulas ? CsvInjection.Escape : CsvInjection.None,
        };
        using var writer = CsvWriter.Create(stream, writerOptions, leaveOpen: true);
        writer.WriteRecords(options.NeutraliseFormulas ? rows.Select(SpreadsheetCopy<TRow>.Of) : rows);
    }

    private static class SpreadsheetCopy<TRow> where TRow : class, new()
    {
        private static readonly PropertyInfo[] Columns = typeof(TRow).GetProperties().Where(p => p.CanRead && p.CanWrite).ToArray();

        public static TRow Of(TRow row)
        {
            var copy = new TRow();
            foreach (var column in Columns)
            {
                var value = column.GetValue(row);
                column.SetValue(copy, value is string text ? SpreadsheetCells.Prepare(text) : value);
            }
            return copy;
        }
    }
}
