using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Tests.Alignment;

/// <summary>The machine-translation metrics used as MSRP features, on sentences small enough to check by hand.</summary>
public class MtFeaturesTests
{
    private static string[] Words(string text) => text.Split(' ');

    private static Lexicon SmallLexicon()
    {
        var folder = TestData.TempFolder();
        File.WriteAllText(Path.Combine(folder, Lexicon.SynonymsFile), "verb\tbuy\tpurchase\n");
        File.WriteAllText(Path.Combine(folder, Lexicon.WordFormsFile), "bought\tbuy\n");
        return Lexicon.Load(folder, w => w);
    }

    [Fact]
    public void Bleu_is_one_for_the_same_sentence_and_zero_without_a_shared_word()
    {
        var sentence = Words("the bank cut its rates on tuesday");
        Assert.Equal(1, MtFeatures.Bleu(sentence, sentence), 6);
        Assert.Equal(0, MtFeatures.Bleu(sentence, Words("heavy rain flooded villages")));
        var shorter = Words("the bank cut its rates");
        Assert.True(MtFeatures.Bleu(shorter, sentence) < MtFeatures.Bleu(sentence, sentence));
    }

    [Fact]
    public void Edit_distance_and_lcs_count_lemmas_and_synonyms_as_equal_only_when_asked()
    {
        var a = Words("the firm bought shares");
        var b = Words("the firm purchase shares today");
        var matches = MtFeatures.MatchMatrix(a, b, SmallLexicon());
        Assert.Equal(2, MtFeatures.EditDistance(matches, MtFeatures.Match.Exact));
        Assert.Equal(1, MtFeatures.EditDistance(matches, MtFeatures.Match.Synonym));
        Assert.Equal(4, MtFeatures.SoftLcs(matches));
        var plain = MtFeatures.MatchMatrix(a, b, Lexicon.Empty);
        Assert.Equal(3, MtFeatures.SoftLcs(plain));
    }

    [Fact]
    public void Alignment_goes_stage_by_stage_and_counts_chunks()
    {
        var a = Words("shares the firm bought");
        var b = Words("the firm purchase shares");
        var (alignedA, alignedB, chunks, lemmas, synonyms) = MtFeatures.Align(a, b, MtFeatures.MatchMatrix(a, b, SmallLexicon()));
        Assert.Equal([3, 0, 1, 2], alignedA);
        Assert.Equal([1, 2, 3, 0], alignedB);
        Assert.Equal(2, chunks); // "shares", then "the firm bought"
        Assert.Equal(0, lemmas);
        Assert.Equal(1, synonyms);
    }

    [Fact]
    public void Nist_weighs_a_predictable_word_less_than_a_surprising_one()
    {
        var information = NgramInformation.Of([Words("new york stocks"), Words("new york bonds"), Words("new york rates")]);
        var sentence = Words("new york stocks");
        Assert.Equal(0, information.Information(sentence, 0, 2), 6); // "york" always follows "new"
        Assert.True(information.Information(sentence, 1, 2) > 0);
        Assert.True(MtFeatures.Nist(Words("new york"), Words("new york"), information) <
                    MtFeatures.Nist(Words("stocks bonds"), Words("stocks bonds"), information));
    }

    [Fact]
    public void Synonyms_and_missing_names_show_in_the_pair_features()
    {
        var normalizer = new Normalizer(TestData.Words);
        List<Token> Tokens(string text) => normalizer.Normalize(SourceText.From(text), SourceText.From(text).FullSpan);
        const string a = "The firm bought shares of Acme on Monday", b = "The firm purchased shares on Monday";
        var context = new SentencePairFeatures.Context(Lexicon: SmallLexicon());
        var withLexicon = SentencePairFeatures.Extract(Tokens(a), Tokens(b), context, a, b);
        var without = SentencePairFeatures.Extract(Tokens(a), Tokens(b), null, a, b);
        float Feature(float[] row, string name) => row[Array.IndexOf(SentencePairFeatures.Names, name)];

        Assert.Equal(SentencePairFeatures.Names.Length, withLexicon.Length);
        Assert.Equal(SentencePairFeatures.Names.Length, SentencePairFeatures.Names.Distinct().Count());
        Assert.Equal(1, Feature(withLexicon, "synonym_matches")); // "bought" ~ "purchased" through "buy" ~ "purchase"
        Assert.Equal(0, Feature(without, "synonym_matches"));
        Assert.True(Feature(withLexicon, "terp") < Feature(withLexicon, "ter"));
        Assert.Equal(1, Feature(withLexicon, "names_missing_a")); // Acme ("Monday" is matched, "The" comes first)
        Assert.Equal(0, Feature(withLexicon, "names_missing_b"));
    }
}
