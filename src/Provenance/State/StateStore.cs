using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Provenance.Diagnostics;

namespace Provenance.State;

/// <summary>
/// The persistent index of earlier nights' articles: one SQLite file, <c>state.db</c>, in the state
/// folder. Every change of a run happens in one transaction (<see cref="BeginNight"/>), so a run that
/// fails or is killed leaves the state as it was.
/// </summary>
public sealed class StateStore : IDisposable
{
    public const string FileName = "state.db";

    private readonly SqliteConnection _connection;

    private StateStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens the state in <paramref name="folder"/>, creating the folder and an empty state when there is none.</summary>
    public static bool TryOpen(string folder, DiagnosticBag diagnostics, [NotNullWhen(true)] out StateStore? store)
    {
        store = null;
        var path = System.IO.Path.Combine(folder, FileName);
        SqliteConnection? connection = null;
        try
        {
            Directory.CreateDirectory(folder);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            if (!Prepare(connection, path, diagnostics))
            {
                connection.Dispose();
                return false;
            }
            store = new StateStore(connection, path);
            return true;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            diagnostics.Add(DiagnosticDescriptors.StateUnreadable, Location.File(path), e.Message);
            return false;
        }
    }

    /// <summary>Starts the run's transaction, taking the write lock at once so two runs never interleave.</summary>
    public StateNight BeginNight() => new(_connection, _connection.BeginTransaction(deferred: false), Path);

    public void Dispose() => _connection.Dispose();

    private static bool Prepare(SqliteConnection connection, string path, DiagnosticBag diagnostics)
    {
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        var application = Scalar(connection, "PRAGMA application_id;");
        var version = Scalar(connection, "PRAGMA user_version;");
        var tables = Scalar(connection, "SELECT count(*) FROM sqlite_schema;");
        if (application == 0 && version == 0 && tables == 0)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, StateSchema.Create, transaction);
            Execute(connection, $"PRAGMA application_id = {StateSchema.ApplicationId}; PRAGMA user_version = {StateSchema.Version};", transaction);
            transaction.Commit();
            return true;
        }
        if (application != StateSchema.ApplicationId)
        {
            diagnostics.Add(DiagnosticDescriptors.StateUnreadable, Location.File(path), "it is not a provenance state");
            return false;
        }
        if (version > StateSchema.Version)
        {
            diagnostics.Add(DiagnosticDescriptors.StateTooNew, Location.File(path), version, StateSchema.Version);
            return false;
        }
        if (version < StateSchema.Version)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, StateSchema.Upgrade, transaction);
            transaction.Commit();
        }
        return true;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
