using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Segmentation;
using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>Loads real articles (any corpus format the tool reads) as base text for synthesis.</summary>
public static class BaseTextLoader
{
    public static List<SyntheticArticle> Load(string path, int limit, int minParagraphs)
    {
        var diagnostics = new DiagnosticBag();
        var articles = new List<SyntheticArticle>();
        foreach (var item in CorpusReader.Read([path], diagnostics))
        {
            if (item.Article is not { } article) continue;
            var paragraphs = ParagraphSplitter.Split(article.Body).Select(article.Body.ToString).ToImmutableArray();
            if (paragraphs.Length < minParagraphs) continue;
            articles.Add(new SyntheticArticle(article.Id, article.Outlet, article.Published?.Value, article.Title, paragraphs));
            if (articles.Count >= limit) break;
        }
        return articles;
    }
}
