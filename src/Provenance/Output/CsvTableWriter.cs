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
    /// order as they are done: a CSV row does not depend on the rows around it, so the bytes are those
    /// of one writer. The writing (a copy into the file cache, a third of this stage at 80,000 articles)
    /// goes on while the next chunks are formatted; at most two chunks per thread are held.
    /// </summary>
    private static void WriteInChunks<TRow>(Stream stream, IReadOnlyList<TRow> rows, CsvOutputOptions options) where TRow : class, new()
    {
        var chunks = (rows.Count + RowsPerChunk - 1) / RowsPerChunk;
        var formatting = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.Threads).ConcurrentScheduler;
        var inFlight = new Task<MemoryStream>[Math.Min(chunks, 2 * options.Threads)];
        for (var chunk = 0; chunk < inFlight.Length; chunk++) inFlight[chunk] = Format(chunk, new MemoryStream());
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var slot = chunk % inFlight.Length;
            var buffer = inFlight[slot].GetAwaiter().GetResult();
            stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            var next = chunk + inFlight.Length;
            if (next < chunks) inFlight[slot] = Format(next, buffer);
        }

        Task<MemoryStream> Format(int chunk, MemoryStream buffer) => Task.Factory.StartNew(() =>
        {
            var from = chunk * RowsPerChunk;
            var count = Math.Min(RowsPerChunk, rows.Count - from);
            buffer.SetLength(0);
            WriteRows(buffer, Enumerable.Range(from, count).Select(i => rows[i]), options, first: chunk == 0);
            return buffer;
        }, CancellationToken.None, TaskCreationOptions.None, formatting);
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
