using System.Globalization;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Pipeline;

namespace Provenance.StateBench;

/// <summary>A stored paragraph copied whole, by the articles' positions in publication order.</summary>
public readonly record struct TruthLink(int Article, int Paragraph, int Source, int SourceParagraph);

/// <summary>
/// The corpus in publication order with what the state keeps of each article: its 5-word shingles
/// (computed by the product's own analyser, as <c>IncrementalPipeline</c> does) and its whole-copy
/// links (from the synthesis truth; the product stores the links its tracer resolved). An article's
/// state row is its position + 1, and its age is its position, so a cutoff of k evicts the k oldest.
/// </summary>
public sealed class Workload
{
    public required List<Article> Articles { get; init; }
    public required ulong[][] Shingles { get; init; }
    public required List<TruthLink>[] LinksOf { get; init; }

    public static Workload Load(string folder, int count)
    {
        var diagnostics = new DiagnosticBag();
        var read = CorpusReader.Read([Path.Combine(folder, "corpus.jsonl")], diagnostics)
            .Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        var articles = PublicationOrder.Sort(read).Take(count).ToList();
        if (articles.Count < count) throw new InvalidOperationException($"the corpus has {articles.Count} articles, {count} needed");

        var words = WordLists.Load(DataDirectory.WordLists(DataDirectory.Find()));
        var analyzer = new ArticleAnalyzer(words);
        var shingles = new ulong[count][];
        Parallel.For(0, count, i =>
        {
            var set = new HashSet<ulong>();
            foreach (var paragraph in analyzer.Analyze(articles[i], i).Paragraphs) set.UnionWith(paragraph.Shingles(5));
            shingles[i] = [.. set];
        });

        var position = new Dictionary<string, int>(count);
        for (var i = 0; i < count; i++) position[articles[i].Id] = i;
        var links = new List<TruthLink>[count];
        for (var i = 0; i < count; i++) links[i] = [];
        foreach (var line in File.ReadLines(Path.Combine(folder, "truth.csv")).Skip(1))
        {
            // article_id,paragraph,label,source_article_id,source_paragraph,edits (ids hold no commas)
            var f = line.Split(',');
            if (f.Length < 5 || f[2] != "copied" || f[3].Length == 0) continue;
            if (!position.TryGetValue(f[0], out var a) || !position.TryGetValue(f[3], out var s) || s >= a) continue;
            links[a].Add(new TruthLink(a, int.Parse(f[1], CultureInfo.InvariantCulture) - 1, s, int.Parse(f[4], CultureInfo.InvariantCulture) - 1));
        }
        return new Workload { Articles = articles, Shingles = shingles, LinksOf = links };
    }
}
