using System.Collections.Immutable;
using CsCheck;
using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Tests.Normalization;

/// <summary>
/// A corpus too large to keep analysed keeps its articles' tokens packed and unpacks them when an
/// article is wanted again: what comes out must be exactly what tokenising gave.
/// </summary>
public class PackedTokensPropertyTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestData.Words);

    // Words that drop (honorifics), merge (phrases), split on joiners, carry quotes, or are plain; runs of
    // them make sentences and paragraphs.
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.String[0, 12],
        Gen.OneOf(Gen.Const("Mr"), Gen.Const("Kim"), Gen.Const("United"), Gen.Const("States"), Gen.Const("per"), Gen.Const("cent"),
                  Gen.Const("“We"), Gen.Const("said.”"), Gen.Const("'quoted'"), Gen.Const("U.S."), Gen.Const("co-operation"), Gen.Const("5,000"),
                  Gen.Const("%"), Gen.Const("&"), Gen.Const("Officials."), Gen.Const("It"), Gen.Const("there's"), Gen.Const("programme's"),
                  Gen.Const("realise"), Gen.Const("Lord.")));

    private static readonly Gen<string> Body = Word.Array[0, 30].Select(words => string.Join(' ', words)).Array[1, 5]
        .Select(paragraphs => string.Join("\n\n", paragraphs));

    [Fact]
    public void Unpacking_gives_the_tokens_and_sentences_tokenising_gave() =>
        Body.Sample(body =>
        {
            var segmented = Analyzer.Segment(TestData.Article("a", body));
            var tokenized = Analyzer.Tokenize(segmented);
            var packed = PackedTokens.Pack(tokenized);
            Assert.NotNull(packed);
            var unpacked = PackedTokens.Unpack(packed, segmented.Paragraphs);

            Assert.Equal(tokenized.Length, unpacked.Length);
            for (var p = 0; p < tokenized.Length; p++)
            {
                Assert.Equal(tokenized[p].Paragraph, unpacked[p].Paragraph);
                Assert.Equal(tokenized[p].Tokens.ToArray(), unpacked[p].Tokens.ToArray());
                Assert.Equal(tokenized[p].SentenceTokens.ToArray(), unpacked[p].SentenceTokens.ToArray());
                Assert.Equal((tokenized[p].WordySentences, tokenized[p].TokensInQuote), (unpacked[p].WordySentences, unpacked[p].TokensInQuote));
                Assert.Equal(tokenized[p].Style, unpacked[p].Style);
            }
        }, iter: 2000);

    [Fact]
    public void Large_numbers_and_quoted_tokens_come_back()
    {
        var paragraph = new Paragraph(0, new TextSpan(1_000_000, 5_000_000), []);
        Token[] tokens = [new(new TextSpan(1_000_000, 3), int.MaxValue, true), new(new TextSpan(1_000_000, 3), 0, false), new(new TextSpan(5_999_000, 1000), 70_000, true)];
        var style = new HouseStyle(300, 0, 70_000);
        var unpacked = PackedTokens.Unpack(PackedTokens.Pack([new TokenizedParagraph(paragraph, [.. tokens], [0..2, 2..3, 3..3]) { Style = style }])!, [paragraph]);
        Assert.Equal(tokens, unpacked[0].Tokens.ToArray());
        Assert.Equal(style, unpacked[0].Style);
        Assert.Equal([0..2, 2..3, 3..3], unpacked[0].SentenceTokens.ToArray());
    }

    [Fact]
    public void Paragraphs_not_shaped_as_tokenising_shapes_them_are_not_packed()
    {
        var paragraph = new Paragraph(0, new TextSpan(10, 20), []);
        Token[] backwards = [new(new TextSpan(20, 2), 1, false), new(new TextSpan(12, 2), 1, false)];
        Assert.Null(PackedTokens.Pack([new TokenizedParagraph(paragraph, [.. backwards], [0..2])]));
        Assert.Null(PackedTokens.Pack([new TokenizedParagraph(paragraph, [.. backwards[..1]], [1..1])]));
        Assert.Null(PackedTokens.Pack([new TokenizedParagraph(paragraph, [.. backwards[..1]], [0..0])]));
        Assert.Null(PackedTokens.Pack([new TokenizedParagraph(paragraph, [.. backwards[..1]], [^1..])]));
    }

    [Fact]
    public void An_article_of_another_shape_is_refused() =>
        Assert.Throws<ArgumentException>(() => PackedTokens.Unpack(PackedTokens.Pack([])!, [new Paragraph(0, new TextSpan(0, 1), [])]));
}
