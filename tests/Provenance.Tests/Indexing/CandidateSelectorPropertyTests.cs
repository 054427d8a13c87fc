using CsCheck;
using Provenance.Indexing;
using Provenance.Pipeline;

namespace Provenance.Tests.Indexing;

/// <summary>The candidates chosen in one pass over the shared counts are those of ranking every article that shares shingles.</summary>
public class CandidateSelectorPropertyTests
{
    private static readonly string[] Vocabulary = ["alpha", "bravo", "charlie"];

    // Paragraphs from three words, so that articles share many shingles in many different counts.
    private static readonly Gen<string> Paragraph = Gen.Int[0, Vocabulary.Length - 1].Array[6, 30]
        .Select(words => string.Join(' ', words.Select(w => Vocabulary[w])) + ".");

    private static readonly Gen<string[]> Articles = Paragraph.Array[1, 3].Select(ps => string.Join("\n\n", ps)).Array[2, 14];

    [Fact]
    public void Each_paragraph_keeps_the_earlier_articles_sharing_the_most_shingles_the_earliest_on_a_tie() =>
        Gen.Select(Articles, Gen.Int[1, 4], Gen.Int[1, 3]).Sample((texts, perParagraph, minShared) =>
        {
            var options = new IndexOptions { MaxCandidatesPerParagraph = perParagraph, MinSharedShingles = minShared, MaxCandidatesPerArticle = 5 };
            var corpus = texts.Select((text, i) => TestData.Analyze(TestData.Article($"a{i}", text, $"2023-09-{10 + i}"), i)).ToArray();
            var index = ShingleIndex.Build(corpus, options);
            var selector = new CandidateSelector(corpus, index, options);
            foreach (var target in corpus)
                Assert.Equal(Ranked(target, index, options), selector.Select(target));
        });

    // Stories carried by several articles, some copied whole and some with a paragraph of their own; the
    // same day for several (none known to be later), and the last ones undated.
    private static readonly Gen<string> Story = Gen.Int[0, 7].Array[8, 20]
        .Select(words => string.Join(' ', words.Select(w => "w" + w)) + ".");

    private static readonly Gen<(string Text, string? Published)[]> Carried =
        Gen.Select(Story.Array[1, 3], Gen.Int[0, 2].Array[4, 16], Gen.Int[0, 3], Gen.Bool.Array[4, 16])
            .Select((stories, picks, undated, own) => picks.Select((pick, i) =>
                (string.Join("\n\n", own[i % own.Length] ? [stories[pick % stories.Length], $"own paragraph of article {i} here."] : [stories[pick % stories.Length]]),
                 i >= picks.Length - undated ? null : $"2023-09-{10 + i / 3}")).ToArray());

    [Fact]
    public void Copies_of_a_carried_story_keep_the_earliest_articles_sharing_it_whole() =>
        Gen.Select(Carried, Gen.Int[1, 3]).Sample((articles, perParagraph) =>
        {
            var options = new IndexOptions { MaxCandidatesPerParagraph = perParagraph, MaxCandidatesPerArticle = 5 };
            var corpus = articles.Select((a, i) => TestData.Analyze(TestData.Article($"a{i}", a.Text, a.Published), i)).ToArray();
            var index = ShingleIndex.Build(corpus, options);
            var selector = new CandidateSelector(corpus, index, options);
            foreach (var target in corpus)
                Assert.Equal(Ranked(target, index, options, corpus), selector.Select(target));
        });

    [Fact]
    public void An_index_of_postings_gathered_elsewhere_selects_the_same_by_looking_up_every_shingle() =>
        Gen.Select(Articles, Gen.Int[1, 4]).Sample((texts, perParagraph) =>
        {
            var options = new IndexOptions { MaxCandidatesPerParagraph = perParagraph, MaxCandidatesPerArticle = 5 };
            var corpus = texts.Select((text, i) => TestData.Analyze(TestData.Article($"a{i}", text, $"2023-09-{10 + i}"), i)).ToArray();
            var built = ShingleIndex.Build(corpus, options);
            var postings = corpus.SelectMany(a => ShingleIndex.SortedShinglesOf(a, options.ShingleSize)).Distinct()
                .Select(s => (Shingle: s, Postings: built.Postings(s).ToArray())).Where(p => p.Postings.Length > 0)
                .ToDictionary(p => p.Shingle, p => p.Postings);
            var gathered = ShingleIndex.FromPostings(postings);
            Assert.False(gathered.Holds(0));
            foreach (var target in corpus)
                Assert.Equal(new CandidateSelector(corpus, built, options).Select(target), new CandidateSelector(corpus, gathered, options).Select(target));
        });

    /// <summary>
    /// Every possible source's shared count per paragraph, sorted: the selection written the plain way. A
    /// possible source is not known to be published later: earlier, the same day, or undated.
    /// </summary>
    private static List<int> Ranked(AnalyzedArticle target, ShingleIndex index, IndexOptions options, AnalyzedArticle[]? corpus = null)
    {
        bool MayBeSource(int o) => corpus is null
            ? o < target.Ordinal
            : o != target.Ordinal && !Provenance.Tracing.TimeRelation.IsDefinitelyLater(corpus[o].Article.Published, target.Article.Published);
        var selected = new List<int>();
        foreach (var paragraph in target.Paragraphs)
        {
            var shingles = paragraph.Shingles(options.ShingleSize);
            var counts = shingles.SelectMany(s => index.Postings(s).ToArray()).Where(MayBeSource)
                .GroupBy(o => o).Select(g => (Ordinal: g.Key, Count: g.Count()));
            selected.AddRange(counts.Where(c => c.Count >= Math.Min(options.MinSharedShingles, shingles.Length))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Ordinal)
                .Take(options.MaxCandidatesPerParagraph).Select(c => c.Ordinal));
        }
        return [.. selected.Distinct().Order().Take(options.MaxCandidatesPerArticle)];
    }
}
