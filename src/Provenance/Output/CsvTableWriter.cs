using System.Linq.Expressions;
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

    /// <summary>A copy of a row with every text cell prepared for spreadsheets, by a copier compiled once per row type.</summary>
    private static class SpreadsheetCopy<TRow> where TRow : class, new()
    {
        public static readonly Func<TRow, TRow> Of = Compile();

        private static Func<TRow, TRow> Compile()
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            var prepare = typeof(SpreadsheetCells).GetMethod(nameof(SpreadsheetCells.Prepare), [typeof(string)])!;
            var bindings = typeof(TRow).GetProperties()
                .Where(p => p.CanRead && p.CanWrite)
                .Select(p => Expression.Bind(p, p.PropertyType == typeof(string) ? Prepared(Expression.Property(row, p)) : Expression.Property(row, p)));
            Expression Prepared(Expression text) => Expression.Condition(
                Expression.Equal(text, Expression.Constant(null, typeof(string))), text, Expression.Call(prepare, text));
            return Expression.Lambda<Func<TRow, TRow>>(Expression.MemberInit(Expression.New(typeof(TRow)), bindings), row).Compile();
        }
    }
}
