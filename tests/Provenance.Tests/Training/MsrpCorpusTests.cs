using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Training;

namespace Provenance.Tests.Training;

public class MsrpCorpusTests
{
    [Fact]
    public void Reads_labelled_pairs_and_scores_overlap_higher_for_paraphrases()
    {
        var path = Path.Combine(TestData.TempFolder(), "msr.txt");
        File.WriteAllText(path,
            "\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" +
            "1\t1\t2\tThe company said profits rose 5 percent in May.\tProfits rose 5 percent in May, the company said.\n" +
            "0\t3\t4\tThe bank cut rates by a quarter point on Tuesday.\tHeavy rain flooded several villages on Tuesday.\n" +
            "broken line\n");
        var rows = MsrpCorpus.Read(path, new Normalizer(TestData.Words));

        Assert.Equal(2, rows.Count);
        Assert.True(rows[0].Label);
        Assert.False(rows[1].Label);
        Assert.Equal(SentencePairFeatures.Names.Length, rows[0].Features.Length);
        var jaccard = Array.IndexOf(SentencePairFeatures.Names, "word_jaccard");
        Assert.True(rows[0].Features[jaccard] > rows[1].Features[jaccard]);

        var context = MsrpCorpus.Context(path, new Normalizer(TestData.Words), null);
        var both = MsrpCorpus.Read(path, new Normalizer(TestData.Words), context, bothOrders: true);
        Assert.Equal(4, both.Count);
        Assert.Equal([true, true, false, false], both.Select(r => r.Label));
        var meteorAb = Array.IndexOf(SentencePairFeatures.Names, "meteor_ab");
        var meteorBa = Array.IndexOf(SentencePairFeatures.Names, "meteor_ba");
        Assert.Equal(both[0].Features[meteorAb], both[1].Features[meteorBa]);
    }

    [Fact]
    public void Rare_words_weigh_more_and_unseen_words_most()
    {
        var rarity = WordRarity.Of([["the", "bank", "cut"], ["the", "rates"], ["the", "bank"]]);
        Assert.True(rarity.Weight("rates") > rarity.Weight("bank"));
        Assert.True(rarity.Weight("bank") > rarity.Weight("the"));
        Assert.True(rarity.Weight("never-seen") > rarity.Weight("rates"));
    }
}
