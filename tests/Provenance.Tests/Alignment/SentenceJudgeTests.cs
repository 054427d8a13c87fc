using Provenance.Alignment;
using Provenance.Normalization;

namespace Provenance.Tests.Alignment;

/// <summary>The trained sentence decision inside alignment: where it decides, what it decides, and that it loads.</summary>
public class SentenceJudgeTests
{
    private static readonly string ShippedPath = Path.Combine(TestData.RepositoryRoot, "data", "models", SentenceJudge.DefaultFileName);
    private static readonly Lazy<Lexicon> WordNet = new(() =>
        Lexicon.Load(DataDirectory.WordLists(DataDirectory.Find()), new Normalizer(TestData.Words).NormalizeWord));
    private static readonly Lazy<SentenceJudge> ShippedJudge = new(() => SentenceJudge.Load(ShippedPath, WordNet.Value));

    private const string Source =
        "Shares of the carmaker fell sharply on Monday after the company warned that a shortage of chips would cut production at its largest plant.";

    // The same sentence reworded by another desk: the facts and the order kept, a word in three or four changed
    // (a third of the bigrams left, so the coverage rule calls it not taken).
    private const string Reworded =
        "Shares in the carmaker tumbled on Monday after the firm warned a shortage of semiconductors would reduce output at its biggest plant.";

    // A sentence of another story cast in the same mould: half its words in order, different facts.
    private const string SameMould =
        "Shares of the airline rose on Friday after the company said that a fall in fuel costs would lift profits at its largest unit.";

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
        var probability = ShippedJudge.Value.Probability(match);
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
    public void A_sentence_of_another_story_in_the_gray_zone_is_judged_not_taken()
    {
        var judged = Match(SameMould, Source, ShippedJudge.Value);
        Assert.False(judged.Judged, $"coverage {judged.Coverage}, matched {judged.MatchedTokens}/{judged.Target.Tokens.Count}");
        Assert.False(judged.IsWellCovered);
    }

    [Fact]
    public void A_verbatim_sentence_is_left_to_the_rule()
    {
        var judged = Match(Source, Source, ShippedJudge.Value);
        Assert.Equal(1, judged.Coverage);
        Assert.Null(judged.Judged);
        Assert.True(judged.IsWellCovered);
    }

    [Fact]
    public void A_gray_zone_sentence_with_few_words_in_order_is_left_to_the_rule()
    {
        // A third of the bigrams, but under half the words in the source's order: not worth the features.
        var judged = Match("The company said on Monday that its largest plant would stay open despite a shortage of workers.", Source, ShippedJudge.Value);
        Assert.InRange(judged.Coverage, new AlignmentOptions().MinCoverage, SentenceJudge.DefaultGrayZoneTop);
        Assert.True(judged.MatchedTokens < SentenceJudge.DefaultMinMatchedShare * judged.Target.Tokens.Count);
        Assert.Null(judged.Judged);
        Assert.False(judged.IsWellCovered);

        using var everyGraySentence = SentenceJudge.Load(ShippedPath, WordNet.Value, minMatchedShare: 0);
        Assert.NotNull(Match("The company said on Monday that its largest plant would stay open despite a shortage of workers.", Source, everyGraySentence).Judged);
    }
}
