using System.Collections.Immutable;
using CsCheck;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Tests.Alignment;

/// <summary>
/// An article's sentences share one bigram array; each must still read exactly the bigrams a sentence
/// made on its own has, and the sentences without tokens must be left out.
/// </summary>
public class SentenceProfilePropertyTests
{
    private static readonly int[] Forms = [.. "a b c d e f".Split(' ').Select(NormalForms.NumberOf)];

    // Paragraphs as lists of sentences, each a list of word numbers (an empty sentence has no tokens).
    private static readonly Gen<int[][][]> Paragraphs = Gen.Int[0, 5].Array[0, 7].Array[0, 4].Array[0, 4];

    [Fact]
    public void Each_sentence_of_an_article_has_the_bigrams_it_has_alone() =>
        Paragraphs.Sample(paragraphs =>
        {
            var tokenized = paragraphs.Select(Tokenized).ToImmutableArray();
            var expected = new List<(int Paragraph, int Sentence, ulong[] Bigrams, int Tokens)>();
            foreach (var paragraph in tokenized)
                for (var s = 0; s < paragraph.SentenceTokens.Length; s++)
                {
                    var (offset, length) = paragraph.SentenceTokens[s].GetOffsetAndLength(paragraph.Tokens.Length);
                    if (length == 0) continue;
                    var alone = new SentenceProfile(paragraph.Index, s, new ArraySegment<Token>([.. paragraph.Tokens], offset, length));
                    expected.Add((paragraph.Index, s, alone.Bigrams.ToArray(), length));
                }

            var actual = SentenceProfile.ForArticle(tokenized)
                .Select(p => (p.Paragraph, p.Sentence, p.Bigrams.ToArray(), p.Tokens.Count)).ToList();

            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal((expected[i].Paragraph, expected[i].Sentence, expected[i].Tokens), (actual[i].Paragraph, actual[i].Sentence, actual[i].Item4));
                Assert.Equal(expected[i].Bigrams, actual[i].Item3);
            }
        });

    [Fact]
    public void A_one_word_sentence_uses_its_word_and_a_two_word_one_has_one_bigram()
    {
        var article = SentenceProfile.ForArticle([Tokenized([[0], [1, 2]], 0)]);
        Assert.Equal([Token(0, 0).Hash], article[0].Bigrams.ToArray());
        Assert.Equal([SentenceProfile.Bigram(Token(0, 1), Token(1, 2))], article[1].Bigrams.ToArray());
    }

    private static TokenizedParagraph Tokenized(int[][] sentences, int index)
    {
        var tokens = new List<Token>();
        var ranges = new List<Range>();
        foreach (var sentence in sentences)
        {
            var start = tokens.Count;
            tokens.AddRange(sentence.Select(word => Token(tokens.Count, word)));
            ranges.Add(start..tokens.Count);
        }
        var paragraph = new Paragraph(index, new TextSpan(0, tokens.Count), []);
        return new TokenizedParagraph(paragraph, [.. tokens], [.. ranges]);
    }

    private static Token Token(int at, int word) => new(new TextSpan(at, 1), Forms[word], false);
}
