using Microsoft.Data.Sqlite;

namespace Provenance.State;

/// <summary>
/// One run's transaction over the state: what it reads (<c>StateNight.Reads.cs</c>) and what it
/// changes (<c>StateNight.Writes.cs</c>). Nothing is visible to others, nor survives a crash, until <see cref="Commit"/>.
/// </summary>
public sealed partial class StateNight(SqliteConnection connection, SqliteTransaction transaction, string path) : IDisposable
{
    public void Commit() => transaction.Commit();

    /// <summary>Without <see cref="Commit"/>, every change of the run is rolled back.</summary>
    public void Dispose() => transaction.Dispose();

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    /// <summary>SQLite integers are signed; shingle hashes are stored bit for bit.</summary>
    private static long Key(ulong shingle) => unchecked((long)shingle);
}
