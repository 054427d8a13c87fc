using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.State;

namespace Provenance.StateBench;

/// <summary>One night's transaction over a state: the operations <c>IncrementalPipeline</c> and <c>NightCorpus</c> perform.</summary>
public interface INight : IDisposable
{
    int Evict(long cutoff);
    /// <summary>Looks up tonight's ids; returns how many the state already holds.</summary>
    int Admit(IReadOnlyList<Article> articles);
    Dictionary<ulong, int> Frequencies(IReadOnlyCollection<ulong> shingles);
    Dictionary<ulong, List<long>> Postings(IReadOnlyCollection<ulong> shingles);
    List<StoredLink> CopiedLinks(IReadOnlyCollection<long> rows);
    int Articles(IReadOnlyCollection<long> rows, bool withText);
    void Store(long row, Article article, long age, ulong[] shingles);
    void StoreLinks(IReadOnlyList<StoredLink> links);
    void Commit();
}

public interface IEngine : IDisposable
{
    INight Begin();
}

public static class Engines
{
    public static readonly string[] Names = ["sqlite", "duckdb"];

    public static IEngine Open(string name, string folder) => name switch
    {
        "sqlite" => new SqliteEngine(folder),
        "duckdb" => new DuckEngine(folder),
        _ => throw new ArgumentException($"unknown engine {name}"),
    };

    /// <summary>The files the engine keeps in the state folder, once closed.</summary>
    public static long Bytes(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) : 0;
}

/// <summary>The product's own state: <see cref="StateStore"/> and <see cref="StateNight"/>, driven as <c>IncrementalPipeline</c> drives them.</summary>
public sealed class SqliteEngine : IEngine
{
    private readonly StateStore _store;

    public SqliteEngine(string folder)
    {
        var diagnostics = new DiagnosticBag();
        if (!StateStore.TryOpen(folder, diagnostics, out var store)) throw new InvalidOperationException(string.Join("; ", diagnostics.ToImmutableSorted()));
        _store = store;
    }

    public INight Begin() => new Night(_store.BeginNight());

    public void Dispose() => _store.Dispose();

    private sealed class Night(StateNight night) : INight
    {
        public int Evict(long cutoff) => night.Evict(cutoff);

        public int Admit(IReadOnlyList<Article> articles) => night.Admit(articles).Count(a => a.Row is not null || a.Version > 1);

        public Dictionary<ulong, int> Frequencies(IReadOnlyCollection<ulong> shingles) => night.Frequencies(shingles);

        public Dictionary<ulong, List<long>> Postings(IReadOnlyCollection<ulong> shingles) => night.Postings(shingles);

        public List<StoredLink> CopiedLinks(IReadOnlyCollection<long> rows) => night.CopiedLinks(rows);

        public int Articles(IReadOnlyCollection<long> rows, bool withText) => night.Articles(rows, withText).Count;

        public void Store(long row, Article article, long age, ulong[] shingles) => night.Store(new TonightArticle(article, row, 1), age, shingles);

        public void StoreLinks(IReadOnlyList<StoredLink> links) => night.StoreLinks(links);

        public void Commit() => night.Commit();

        public void Dispose() => night.Dispose();
    }
}
