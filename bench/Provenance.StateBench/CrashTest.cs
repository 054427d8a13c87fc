using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace Provenance.StateBench;

/// <summary>
/// Kills a process that is storing nights into a state, at random moments right around its commit, and
/// checks the state after each kill: it must hold whole nights only (a multiple of the night's articles),
/// and as many postings as the stored articles' shingles and the frequencies say.
/// Parent: <c>crash --corpus DIR --work DIR --engine duckdb --kills 20</c>; the child is <c>crash-child</c>.
/// </summary>
public static class CrashTest
{
    private const int NightSize = 500, Articles = 10000;

    public static int Parent(Dictionary<string, string> options)
    {
        var engine = options["engine"];
        var folder = Path.Combine(options["work"], "crash-" + engine);
        var kills = int.Parse(options.GetValueOrDefault("kills") ?? "20", CultureInfo.InvariantCulture);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var random = new Random(20261122);
        var failures = 0;
        for (var k = 0; k < kills; k++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
            foreach (var arg in new[] { typeof(CrashTest).Assembly.Location, "crash-child", "--corpus", options["corpus"], "--work", folder, "--engine", engine })
                start.ArgumentList.Add(arg);
            using var child = Process.Start(start)!;
            // Wait for the child to be about to commit a night (it says so), then kill it within the next 0-250 ms.
            string? line;
            var commits = random.Next(1, 3);
            while ((line = child.StandardOutput.ReadLine()) is not null && !(line.StartsWith("commit ", StringComparison.Ordinal) && --commits == 0)) { }
            if (line is null) { Console.WriteLine($"kill {k + 1}: the child ended by itself; state reset"); Directory.Delete(folder, true); continue; }
            var before = int.Parse(line["commit ".Length..], CultureInfo.InvariantCulture);
            var delay = random.Next(0, 250);
            Thread.Sleep(delay);
            child.Kill();
            child.WaitForExit();
            var (ok, text, articles) = Verify(engine, folder);
            ok &= articles == before || articles == before + NightSize;
            if (!ok) failures++;
            var outcome = articles == before ? "night rolled back" : articles == before + NightSize ? "night committed" : "NOT ATOMIC";
            Console.WriteLine($"kill {k + 1} ({delay} ms into the commit of articles {before}-{before + NightSize}): {outcome}; {text}");
        }
        Console.WriteLine($"{engine}: {kills} kills, {failures} states broken");
        return failures == 0 ? 0 : 1;
    }

    public static int Child(Dictionary<string, string> options)
    {
        var workload = Workload.Load(options["corpus"], Articles);
        var engineName = options["engine"];
        var folder = options["work"];
        var stored = Verify(engineName, folder).Articles;
        using var engine = Engines.Open(engineName, folder);
        for (var position = stored; position + NightSize <= Articles; position += NightSize)
            Night.Run(engine, workload, position, NightSize, cutoff: 0, beforeCommit: () => { Console.WriteLine($"commit {position}"); Console.Out.Flush(); });
        return 0;
    }

    private static (bool Ok, string Text, int Articles) Verify(string engine, string folder)
    {
        if (!Directory.Exists(folder)) return (true, "no state", 0);
        const string sql = "SELECT CAST((SELECT count(*) FROM article) AS BIGINT), CAST((SELECT count(*) FROM posting) AS BIGINT), " +
            "CAST((SELECT coalesce(sum(articles), 0) FROM frequency) AS BIGINT), CAST((SELECT coalesce(sum({0}(shingles)), 0) / 8 FROM article) AS BIGINT)";
        long[] values;
        if (engine == "duckdb")
        {
            if (!File.Exists(Path.Combine(folder, DuckEngine.FileName))) return (true, "no state", 0);
            using var connection = new DuckDBConnection($"Data Source={Path.Combine(folder, DuckEngine.FileName)}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, "octet_length");
            using var reader = command.ExecuteReader();
            reader.Read();
            values = [.. Enumerable.Range(0, 4).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture))];
        }
        else
        {
            if (!File.Exists(Path.Combine(folder, "state.db"))) return (true, "no state", 0);
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "state.db")};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Format(CultureInfo.InvariantCulture, sql, "length");
            using var reader = command.ExecuteReader();
            reader.Read();
            values = [.. Enumerable.Range(0, 4).Select(i => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture))];
        }
        var ok = values[0] % NightSize == 0 && values[1] == values[2] && values[2] == values[3];
        return (ok, $"{values[0]} articles, {values[1]} postings, frequencies sum {values[2]}, shingle lists {values[3]}", (int)values[0]);
    }
}
