using CsCheck;
using Provenance.Normalization;
using Provenance.Tests.Segmentation;
using Provenance.Text;

namespace Provenance.Tests.Normalization;

public class NormalizerPropertyTests
{
    private static readonly Normalizer Normalizer = new(TestData.Words);

    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.String[0, 20],
        Gen.OneOf(Gen.Const("colour"), Gen.Const("Kim’s"), Gen.Const("U.S."), Gen.Const("co-operation"), Gen.Const("realise"),
                  Gen.Const("'s"), Gen.Const("there's"), Gen.Const("1,000"), Gen.Const("3.5"), Gen.Const("İstanbul"), Gen.Const("per"),
                  Gen.Const("cent"), Gen.Const("Mr"), Gen.Const("United"), Gen.Const("States"), Gen.Const("programme's")));

    private static string[] Normal(string text)
    {
        var source = SourceText.From(text);
        return [.. Normalizer.Normalize(source, source.FullSpan).Select(t => t.Normal)];
    }

    [Fact]
    public void Normalising_a_word_twice_changes_nothing_more()
    {
        Words.Sample(word =>
        {
            var once = Normalizer.NormalizeWord(word);
            Assert.Equal(once, Normalizer.NormalizeWord(once));
        }, iter: 5000);
    }

    [Fact]
    public void Normalising_normalised_text_gives_the_same_tokens()
    {
        Words.Array[0, 12].Select(words => string.Join(' ', words)).Sample(text =>
        {
            var once = Normal(text);
            Assert.Equal(once, Normal(string.Join(' ', once)));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("2 bn's", "2 billion")]
    [InlineData("2 b-n", "2 billion")]
    [InlineData("the United's States", "the US")]
    public void Phrases_match_words_by_their_normal_form_too(string written, string same)
    {
        Assert.Equal(Normal(same), Normal(written));
        Assert.Equal(Normal(written), Normal(string.Join(' ', Normal(written))));
    }

    [Fact]
    public void Normalisation_never_throws_and_its_tokens_lie_inside_the_text()
    {
        SegmenterPropertyTests.Texts.Sample(text =>
        {
            var source = SourceText.From(text);
            foreach (var token in Normalizer.Normalize(source, source.FullSpan))
            {
                Assert.InRange(token.Span.Start, 0, text.Length);
                Assert.InRange(token.Span.End, token.Span.Start, text.Length);
            }
        }, iter: 2000);
    }
}
