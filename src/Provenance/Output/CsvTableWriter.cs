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
    // Rows formatted per chunk: a chunk's bytes are held until it is written, one chunk per thread at a time.
    private const int RowsPerChunk = 4096;

    public static void Write<TRow>(Stream stream, IEnumerable<TRow> rows, CsvOutputOptions options) where TRow : class, new()
    {
        if (options.Threads > 1 && rows is IReadOnlyList<TRow> list && list.Count > RowsPerChunk)
        {
            WriteInChunks(stream, list, options);
            return;
        }
        WriteRows(stream, rows, options, first: true);
    }

    /// <summary>
    /// Formats chunks of rows on several threads, each into its own buffer, and writes the buffers in
    /// order: a CSV row does not depend on the rows around it, so the bytes are those of one writer.
    /// </summary>
    private static void WriteInChunks<TRow>(Stream stream, IReadOnlyList<TRow> rows, CsvOutputOptions options) where TRow : class, new()
    {
        var chunks = (rows.Count + RowsPerChunk - 1) / RowsPerChunk;
        var buffers = new MemoryStream[options.Threads];
        for (var wave = 0; wave < chunks; wave += options.Threads)
        {
            var inWave = Math.Min(options.Threads, chunks - wave);
            Parallel.For(0, inWave, new ParallelOptions { MaxDegreeOfParallelism = options.Threads }, k =>
            {
                var chunk = wave + k;
                var from = chunk * RowsPerChunk;
                var count = Math.Min(RowsPerChunk, rows.Count - from);
                var buffer = buffers[k] ??= new MemoryStream();
                buffer.SetLength(0);
                WriteRows(buffer, Enumerable.Range(from, count).Select(i => rows[i]), options, first: chunk == 0);
            });
            for (var k = 0; k < inWave; k++) stream.Write(buffers[k].GetBuffer(), 0, (int)buffers[k].Length);
        }
    }

    /// <param name="first">Whether these rows open the file: only then come the byte-order mark and the header.</param>
    private static void WriteRows<TRow>(Stream stream, IEnumerable<TRow> rows, CsvOutputOptions options, bool first) where TRow : class, new()
    {
        var writerOptions = CsvWriterOptions.For<TRow>() with
        {
            WriteByteOrderMark = first && options.ByteOrderMark,
            HasHeader = first,
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
