using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Tests.Normalization;

public class NormalizerTests
{
    private static readonly Normalizer Normalizer = new(TestData.Words);

    private static string Normal(string text)
    {
        var source = SourceText.From(text);
        return string.Join(' ', Normalizer.Normalize(source, source.FullSpan).Select(t => t.Normal));
    }

    [Theory]
    [InlineData("military co-operation", "military cooperation")]
    [InlineData("Mr Kim met Mr. Putin", "kim met putin")]
    [InlineData("the U.S. and the US and the United States", "the us and the us and the us")]
    [InlineData("runs against U.N. Security Council resolutions", "runs against UN Security Council resolutions")]
    [InlineData("nuclear programme", "nuclear program")]
    [InlineData("Moscow should realise", "Moscow should realize")]
    [InlineData("There’s widespread concern", "there is widespread concern")]
    [InlineData("Kim’s delegation", "kim delegation")]
    [InlineData("5 per cent", "5 percent")]
    public void Variants_meet(string written, string other)
    {
        Assert.Equal(Normal(other), Normal(written));
    }

    [Fact]
    public void An_honorific_stays_when_no_name_follows()
    {
        Assert.Equal("the dr said", Normal("the Dr said"));
    }

    [Fact]
    public void Tokens_keep_their_spans_and_quote_state()
    {
        var source = SourceText.From("He said “deep concern” today");
        var tokens = Normalizer.Normalize(source, source.FullSpan);
        Assert.Equal(["he", "said", "deep", "concern", "today"], tokens.Select(t => t.Normal));
        Assert.Equal([false, false, true, true, false], tokens.Select(t => t.InQuote));
        Assert.Equal("concern", source.ToString(tokens[3].Span));
    }

    private const ulong PinnedHashOfKim = 14870995678442434066;

    [Fact]
    public void Hashes_are_stable_across_processes()
    {
        Assert.Equal(StableHash.Of("kim"), StableHash.Of(new string(['k', 'i', 'm'])));
        Assert.Equal(PinnedHashOfKim, StableHash.Of("kim"));
        Assert.NotEqual(StableHash.Combine(1, 2), StableHash.Combine(2, 1));
    }

    [Fact]
    public void Two_normalisers_on_one_thread_each_fold_a_word_by_their_own_lists()
    {
        var american = new Normalizer(TestData.Words);
        var asWritten = new Normalizer(new WordLists
        {
            SpellingVariants = System.Collections.Frozen.FrozenDictionary<string, string>.Empty,
            Honorifics = TestData.Words.Honorifics,
            Abbreviations = TestData.Words.Abbreviations,
            Equivalents = [],
            WireOutlets = TestData.Words.WireOutlets,
            Boilerplate = TestData.Words.Boilerplate,
        });
        var source = SourceText.From("The colour of money");
        // Alternating, so that each finds the scanner's shared entry for "colour" already folded by the other.
        for (var round = 0; round < 2; round++)
        {
            Assert.Contains("color", american.Normalize(source, source.FullSpan).Select(t => t.Normal));
            Assert.Contains("colour", asWritten.Normalize(source, source.FullSpan).Select(t => t.Normal));
        }
    }
}
