using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Segmentation;
using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// Loads real articles (any corpus format the tool reads) as base text for synthesis. Articles that
/// repeat text already loaded (wire re-sends, templated briefs, duplicates) are skipped, since the
/// truth would call them original while they are in fact copies.
/// </summary>
public static class BaseTextLoader
{
    private const int ShingleWords = 5;
    private const double MaxSeenShare = 0.05;

    public static List<SyntheticArticle> Load(string path, int limit, int minParagraphs, HashSet<string>? seenShingles = null)
    {
        seenShingles ??= [];
        var diagnostics = new DiagnosticBag();
        var articles = new List<SyntheticArticle>();
        foreach (var item in CorpusReader.Read([path], diagnostics))
        {
            if (item.Article is not { } article) continue;
            var paragraphs = ParagraphSplitter.Split(article.Body).Select(article.Body.ToString).ToImmutableArray();
            if (paragraphs.Length < minParagraphs) continue;
            var shingles = Shingles(article.Body.ToString());
            if (shingles.Count == 0 || (double)shingles.Count(seenShingles.Contains) / shingles.Count > MaxSeenShare) continue;
            seenShingles.UnionWith(shingles);
            articles.Add(new SyntheticArticle(article.Id, article.Outlet, article.Published?.Value, article.Title, paragraphs));
            if (articles.Count >= limit) break;
        }
        return articles;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var shingles = new HashSet<string>();
        for (var i = 0; i + ShingleWords <= words.Length; i++) shingles.Add(string.Join(' ', words, i, ShingleWords));
        return shingles;
    }
}
