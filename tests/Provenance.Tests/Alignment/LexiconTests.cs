using Provenance.Alignment;
using Provenance.Normalization;

namespace Provenance.Tests.Alignment;

/// <summary>The WordNet lemmas and synonyms shipped in data/wordlists (built by bench/wordnet-synonyms.sh).</summary>
public class LexiconTests
{
    private static readonly Lazy<Lexicon> Shipped = new(() =>
        Lexicon.Load(DataDirectory.WordLists(DataDirectory.Find()), new Normalizer(TestData.Words).NormalizeWord));

    [Fact]
    public void Shipped_synonyms_join_words_of_one_synset_through_their_inflections()
    {
        var lexicon = Shipped.Value;
        Assert.True(lexicon.SynsetCount > 20_000);
        Assert.True(lexicon.Synonyms("buy", "purchase"));
        Assert.True(lexicon.Synonyms("bought", "purchased"));
        Assert.True(lexicon.Synonyms("countries", "nation"));
        Assert.False(lexicon.Synonyms("buy", "rain"));
        Assert.False(lexicon.Synonyms("profit", "village"));
    }

    [Fact]
    public void Lemmas_come_from_the_irregular_forms_and_the_suffix_rules()
    {
        var lexicon = Shipped.Value;
        Assert.Contains("rise", lexicon.Lemmas("rose"));
        Assert.Contains("rise", lexicon.Lemmas("rising"));
        Assert.Contains("company", lexicon.Lemmas("companies"));
        Assert.True(lexicon.SameLemma("rose", "rising"));
        Assert.False(lexicon.SameLemma("rose", "fell"));
        Assert.Equal(["is"], Lexicon.Empty.Lemmas("is"));
    }

    [Fact]
    public void Loads_small_files_through_the_normaliser_and_rejects_malformed_lines()
    {
        var folder = TestData.TempFolder();
        File.WriteAllText(Path.Combine(folder, Lexicon.SynonymsFile), "# comment\nverb\tSTART\tbegin\nnoun\tcar\tauto\n");
        File.WriteAllText(Path.Combine(folder, Lexicon.WordFormsFile), "began\tbegin\n");
        var lexicon = Lexicon.Load(folder, w => w.ToLowerInvariant());
        Assert.Equal(2, lexicon.SynsetCount);
        Assert.True(lexicon.Synonyms("started", "began"));
        Assert.False(lexicon.Synonyms("car", "begin"));

        File.WriteAllText(Path.Combine(folder, Lexicon.SynonymsFile), "verb\tlonely\n");
        Assert.Throws<FormatException>(() => Lexicon.Load(folder, w => w));
    }
}
