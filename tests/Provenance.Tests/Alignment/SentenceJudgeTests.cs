using Provenance.Alignment;
using Provenance.Normalization;

namespace Provenance.Tests.Alignment;

/// <summary>The trained sentence decision inside alignment: where it decides, what it decides, and that it loads.</summary>
public class SentenceJudgeTests
{
    private static readonly Lazy<SentenceJudge> ShippedJudge = new(() => SentenceJudge.Load(
        Path.Combine(TestData.RepositoryRoot, "data", "models", SentenceJudge.DefaultFileName),
        Lexicon.Load(DataDirectory.WordLists(DataDirectory.Find()), new Normalizer(TestData.Words).NormalizeWord)));

    private const string Source =
        "Shares of the carmaker fell sharply on Monday after the company warned that a shortage of chips would cut production at its largest plant.";

    // The same sentence reworded by another desk: the facts and the order kept, a word in three or four changed
    // (a third of the bigrams left, so the coverage rule calls it not taken).
    private const string Reworded =
        "Shares in the carmaker tumbled on Monday after the firm warned a shortage of semiconductors would reduce output at its biggest plant.";

    // A sentence of a different story on the same topic: a few shared words and bigrams, different facts.
    private const string SameTopic =
        "A shortage of chips forced the electronics group to close its largest plant for a week, the union said on Monday.";

    private static SentenceMatch Match(string target, string source, SentenceJudge? judge)
    {
        var aligner = new ArticleAligner(new AlignmentOptions { Judge = judge });
        var alignments = aligner.Align(TestData.Analyze(TestData.Article("target", target)), TestData.Analyze(TestData.Article("source", source), 1));
        return Assert.Single(Assert.Single(alignments).Matches);
    }

    [Fact]
    public void The_shipped_model_loads_and_gives_a_probability()
    {
        var match = Match(Reworded, Source, judge: null);
        var source = TestData.Analyze(TestData.Article("source", Source), 1);
        var probability = ShippedJudge.Value.Probability(match, source.Sentences);
        Assert.InRange(probability, 0f, 1f);
    }

    [Fact]
    public void A_reworded_sentence_in_the_gray_zone_is_taken_where_the_coverage_rule_says_not()
    {
        var byRule = Match(Reworded, Source, judge: null);
        Assert.True(ShippedJudge.Value.InGrayZone(byRule), $"coverage {byRule.Coverage}, matched {byRule.MatchedTokens}/{byRule.Target.Tokens.Count}");
        Assert.False(byRule.IsWellCovered);
        Assert.Null(byRule.Judged);

        var judged = Match(Reworded, Source, ShippedJudge.Value);
        Assert.True(judged.Judged);
        Assert.True(judged.IsWellCovered);
    }

    [Fact]
    public void A_same_topic_sentence_is_not_taken()
    {
        var judged = Match(SameTopic, Source, ShippedJudge.Value);
        Assert.False(judged.IsWellCovered, $"coverage {judged.Coverage}, judged {judged.Judged}");
    }

    [Fact]
    public void A_verbatim_sentence_is_left_to_the_rule()
    {
        var judged = Match(Source, Source, ShippedJudge.Value);
        Assert.Equal(1, judged.Coverage);
        Assert.Null(judged.Judged);
        Assert.True(judged.IsWellCovered);
    }
}
