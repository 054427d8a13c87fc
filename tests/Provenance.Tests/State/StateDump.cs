using System.Text;
using Microsoft.Data.Sqlite;

namespace Provenance.Tests.State;

/// <summary>Every row of every table of a state, as text, to compare a state before and after a run.</summary>
public static class StateDump
{
    private static readonly string[] Queries =
    [
        "SELECT row, id, version, outlet, published_ticks, published_offset_minutes, published_date_only, title, text, age, hex(shingles) FROM article ORDER BY row",
        "SELECT shingle, article FROM posting ORDER BY shingle, article",
        "SELECT shingle, articles FROM frequency ORDER BY shingle",
        "SELECT article, paragraph, source, source_paragraph FROM link ORDER BY article, paragraph",
    ];

    public static string Of(string stateFolder)
    {
        var dump = new StringBuilder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(stateFolder, "state.db")};Pooling=False");
        connection.Open();
        foreach (var query in Queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            dump.AppendLine(query);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++) dump.Append(reader.IsDBNull(i) ? "null" : reader.GetValue(i)).Append('\t');
                dump.AppendLine();
            }
        }
        return dump.ToString();
    }

    /// <summary>Each row a query returns, its fields joined by spaces.</summary>
    public static List<string> Rows(string stateFolder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(stateFolder, "state.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    public static long Count(string stateFolder, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(stateFolder, "state.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
