using System.Text.RegularExpressions;
using Provenance.Training.Synthesis;
using Xunit;

namespace Provenance.Tests.Training.Synthesis;

public sealed partial class FallbackTextTests
{
    [Fact]
    public void SameSeedGivesTheSameArticles()
    {
        var first = FallbackText.Generate(seed: 7, count: 5);
        var second = FallbackText.Generate(seed: 7, count: 5);

        Assert.Equal(first.Select(article => string.Join("\n", article.Paragraphs)), second.Select(article => string.Join("\n", article.Paragraphs)));
        Assert.NotEqual(first[0].Paragraphs[0], FallbackText.Generate(seed: 8, count: 1)[0].Paragraphs[0]);
    }

    [Fact]
    public void ArticlesLookLikeWireStories()
    {
        var articles = FallbackText.Generate(seed: 3, count: 40);

        Assert.Equal("wire-0001", articles[0].Id);
        Assert.All(articles, article =>
        {
            Assert.InRange(article.Paragraphs.Length, 4, 12);
            Assert.NotNull(article.Published);
            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            Assert.All(article.Paragraphs, paragraph => Assert.InRange(SentenceEnd().Count(paragraph), 1, 3));
        });
        Assert.Contains(articles.SelectMany(article => article.Paragraphs), paragraph => paragraph.Contains('“') || paragraph.Contains('"'));
    }

    // A full stop, not one closing "U.S." or a decimal, before a space or the end.
    [GeneratedRegex("""(?<![A-Z]\.[A-Z])[.!?]["”]?(?:\s|$)""")]
    private static partial Regex SentenceEnd();
}
