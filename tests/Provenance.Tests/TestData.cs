using System.Text;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Text;

namespace Provenance.Tests;

/// <summary>The shipped data folder and small helpers to build articles in tests.</summary>
public static class TestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<WordLists> LazyWords = new(() => WordLists.Load(DataDirectory.WordLists(DataDirectory.Find())));

    public static string RepositoryRoot => Root.Value;
    public static string SeedsFolder => Path.Combine(RepositoryRoot, "data", "samples", "seeds");
    public static WordLists Words => LazyWords.Value;

    public static Article Article(string id, string text, string? published = null, string outlet = "Test") =>
        new(id, outlet, published is null ? null : Parse(published), null, SourceText.From(text), new Location("test.jsonl", 1));

    public static AnalyzedArticle Analyze(Article article, int ordinal = 0) => new ArticleAnalyzer(Words).Analyze(article, ordinal);

    /// <summary>A run's provenance CSV as text, written as the command line writes it by default.</summary>
    public static string Csv(PipelineResult result)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, result.Rows, new CsvOutputOptions());
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A scratch folder of the test's own, so that tests running in parallel never share files.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "provenance-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static PublishedTime Parse(string text) =>
        PublishedTime.TryParse(text, out var time) ? time : throw new ArgumentException(text);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Provenance.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Provenance.sln not found above the test binaries.");
    }
}
