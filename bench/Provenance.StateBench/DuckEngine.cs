using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using Provenance.Corpus;
using Provenance.State;
using Provenance.Text;

namespace Provenance.StateBench;

/// <summary>
/// The same state in DuckDB: the product's tables, keys and indexes (<c>StateSchema</c>), and the
/// product's operations done the way DuckDB is meant to be used: each batch of keys appended to a
/// temporary table and joined, rows stored through an appender, frequencies upserted in one statement.
/// (Row-at-a-time statements, as the SQLite store issues them, are DuckDB's slow side.)
/// </summary>
public sealed class DuckEngine : IEngine
{
    public const string FileName = "state.duckdb";

    private const string Schema = """
        CREATE TABLE article (
            row BIGINT PRIMARY KEY,
            id VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            outlet VARCHAR NOT NULL,
            published_ticks BIGINT,
            published_offset_minutes INTEGER,
            published_date_only INTEGER,
            title VARCHAR,
            text VARCHAR NOT NULL,
            age BIGINT NOT NULL,
            shingles BLOB NOT NULL,
            UNIQUE (id, version));
        CREATE INDEX article_age ON article (age);
        CREATE TABLE posting (shingle BIGINT NOT NULL, article BIGINT NOT NULL, PRIMARY KEY (shingle, article));
        CREATE TABLE frequency (shingle BIGINT PRIMARY KEY, articles INTEGER NOT NULL);
        CREATE TABLE link (
            article BIGINT NOT NULL, paragraph INTEGER NOT NULL, source BIGINT NOT NULL, source_paragraph INTEGER NOT NULL,
            PRIMARY KEY (article, paragraph));
        CREATE INDEX link_source ON link (source);
        """;

    private readonly DuckDBConnection _connection;
    private readonly string _path;

    public DuckEngine(string folder)
    {
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, FileName);
        var fresh = !File.Exists(_path);
        _connection = new DuckDBConnection($"Data Source={_path}");
        _connection.Open();
        if (fresh) Execute(Schema);
        // PROVENANCE_DUCKDB_SETTINGS, e.g. "SET checkpoint_threshold = '8GB'", to see what a setting changes.
        if (Environment.GetEnvironmentVariable("PROVENANCE_DUCKDB_SETTINGS") is { Length: > 0 } settings) Execute(settings);
    }

    public INight Begin() => new Night(this, _connection.BeginTransaction());

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Key(ulong shingle) => unchecked((long)shingle);

    private sealed class Night(DuckEngine engine, DuckDBTransaction transaction) : INight
    {
        private readonly DuckDBConnection _c = engine._connection;
        private readonly List<(long Row, Article Article, long Age, ulong[] Shingles)> _stored = [];

        /// <summary>Puts keys in a temporary one-column table <paramref name="name"/> (column <c>v</c>) to join with.</summary>
        private void Keys(string name, IEnumerable<long> keys)
        {
            engine.Execute($"CREATE OR REPLACE TEMP TABLE {name} (v BIGINT)");
            using var appender = _c.CreateAppender("temp", "main", name);
            foreach (var key in keys) appender.CreateRow().AppendValue(key).EndRow();
        }

        private DuckDBDataReader Query(string sql, params (string Name, object Value)[] parameters)
        {
            var command = _c.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters) command.Parameters.Add(new DuckDBParameter(name, value));
            return command.ExecuteReader();
        }

        public int Evict(long cutoff)
        {
            engine.Execute($"CREATE OR REPLACE TEMP TABLE gone AS SELECT row, shingles FROM article WHERE age < {cutoff}");
            var pairs = new List<long>();
            var rows = 0;
            using (var reader = Query("SELECT shingles FROM gone"))
                while (reader.Read())
                {
                    rows++;
                    using var blob = reader.GetStream(0);
                    using var copy = new MemoryStream();
                    blob.CopyTo(copy);
                    foreach (var key in MemoryMarshal.Cast<byte, long>(copy.GetBuffer().AsSpan(0, (int)copy.Length))) pairs.Add(key);
                }
            if (rows == 0) return 0;
            Keys("dropped", pairs);
            engine.Execute("""
                UPDATE frequency SET articles = frequency.articles - d.n
                    FROM (SELECT v AS shingle, count(*) AS n FROM dropped GROUP BY v) d WHERE frequency.shingle = d.shingle;
                DELETE FROM frequency WHERE shingle IN (SELECT v FROM dropped) AND articles <= 0;
                DELETE FROM posting WHERE article IN (SELECT row FROM gone);
                DELETE FROM link WHERE article IN (SELECT row FROM gone) OR source IN (SELECT row FROM gone);
                DELETE FROM article WHERE row IN (SELECT row FROM gone);
                """);
            return rows;
        }

        public int Admit(IReadOnlyList<Article> articles)
        {
            engine.Execute("CREATE OR REPLACE TEMP TABLE tonight (id VARCHAR)");
            using (var appender = _c.CreateAppender("temp", "main", "tonight"))
                foreach (var article in articles) appender.CreateRow().AppendValue(article.Id).EndRow();
            var found = 0;
            using (var reader = Query("""
                SELECT a.row, a.version, a.text FROM article a JOIN tonight t ON a.id = t.id
                QUALIFY row_number() OVER (PARTITION BY a.id ORDER BY a.version DESC) = 1
                """))
                while (reader.Read()) found++;
            // The benchmark's nights bring new ids only; re-runs and new versions are not implemented here.
            if (found > 0) throw new NotSupportedException("re-run or new version in the benchmark workload");
            return found;
        }

        public Dictionary<ulong, int> Frequencies(IReadOnlyCollection<ulong> shingles)
        {
            Keys("keys", shingles.Select(Key));
            var frequencies = new Dictionary<ulong, int>();
            using var reader = Query("SELECT f.shingle, f.articles FROM frequency f JOIN keys k ON f.shingle = k.v");
            while (reader.Read()) frequencies[unchecked((ulong)reader.GetInt64(0))] = reader.GetInt32(1);
            return frequencies;
        }

        public Dictionary<ulong, List<long>> Postings(IReadOnlyCollection<ulong> shingles)
        {
            Keys("keys", shingles.Select(Key));
            var postings = shingles.ToDictionary(s => s, _ => new List<long>());
            using var reader = Query("SELECT p.shingle, p.article FROM posting p JOIN keys k ON p.shingle = k.v");
            while (reader.Read()) postings[unchecked((ulong)reader.GetInt64(0))].Add(reader.GetInt64(1));
            return postings;
        }

        public List<StoredLink> CopiedLinks(IReadOnlyCollection<long> rows)
        {
            Keys("keys", rows);
            var links = new List<StoredLink>();
            using var reader = Query("SELECT l.article, l.paragraph, l.source, l.source_paragraph FROM link l JOIN keys k ON l.article = k.v");
            while (reader.Read()) links.Add(new StoredLink(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt32(3)));
            return links;
        }

        public int Articles(IReadOnlyCollection<long> rows, bool withText)
        {
            Keys("keys", rows);
            var text = withText ? "a.text" : "''";
            var articles = new List<StoredArticle>();
            using var reader = Query($"""
                SELECT a.row, a.id, a.outlet, a.published_ticks, a.published_offset_minutes, a.published_date_only, a.title, {text}
                FROM article a JOIN keys k ON a.row = k.v
                """);
            while (reader.Read())
            {
                PublishedTime? published = reader.IsDBNull(3)
                    ? null
                    : new PublishedTime(new DateTimeOffset(reader.GetInt64(3), TimeSpan.FromMinutes(reader.GetInt32(4))), reader.GetInt32(5) != 0);
                articles.Add(new StoredArticle(reader.GetInt64(0), new Article(reader.GetString(1), reader.GetString(2), published,
                    reader.IsDBNull(6) ? null : reader.GetString(6), SourceText.From(reader.GetString(7)), Diagnostics.Location.File(engine._path))));
            }
            return articles.Count;
        }

        public void Store(long row, Article article, long age, ulong[] shingles) => _stored.Add((row, article, age, shingles));

        /// <summary>Writes tonight's articles (buffered by <see cref="Store"/>), their postings and frequencies, then the links.</summary>
        public void StoreLinks(IReadOnlyList<StoredLink> links)
        {
            using (var appender = _c.CreateAppender("article"))
                foreach (var (row, article, age, shingles) in _stored)
                {
                    var keys = shingles.Select(Key).Order().ToArray();
                    var published = article.Published;
                    var r = appender.CreateRow().AppendValue(row).AppendValue(article.Id).AppendValue(1).AppendValue(article.Outlet);
                    r = published is { } p
                        ? r.AppendValue(p.Value.Ticks).AppendValue((int)p.Value.Offset.TotalMinutes).AppendValue(p.IsDateOnly ? 1 : 0)
                        : r.AppendNullValue().AppendNullValue().AppendNullValue();
                    r = article.Title is null ? r.AppendNullValue() : r.AppendValue(article.Title);
                    r.AppendValue(article.Body.ToString()).AppendValue(age).AppendValue(MemoryMarshal.AsBytes(keys.AsSpan()).ToArray()).EndRow();
                }
            using (var appender = _c.CreateAppender("posting"))
                foreach (var (row, _, _, shingles) in _stored)
                    foreach (var key in shingles.Select(Key).Order())
                        appender.CreateRow().AppendValue(key).AppendValue(row).EndRow();
            engine.Execute("CREATE OR REPLACE TEMP TABLE added (shingle BIGINT, n INTEGER)");
            using (var appender = _c.CreateAppender("temp", "main", "added"))
                foreach (var group in _stored.SelectMany(s => s.Shingles).GroupBy(s => s))
                    appender.CreateRow().AppendValue(Key(group.Key)).AppendValue(group.Count()).EndRow();
            engine.Execute("""
                INSERT INTO frequency SELECT shingle, n FROM added
                ON CONFLICT (shingle) DO UPDATE SET articles = frequency.articles + excluded.articles
                """);
            using (var appender = _c.CreateAppender("link"))
                foreach (var link in links)
                    appender.CreateRow().AppendValue(link.Row).AppendValue(link.Paragraph).AppendValue(link.SourceRow).AppendValue(link.SourceParagraph).EndRow();
            _stored.Clear();
        }

        public void Commit() => transaction.Commit();

        public void Dispose() => transaction.Dispose();
    }
}
