using Provenance.Training.Synthesis;
using Xunit;

namespace Provenance.Tests.Training.Synthesis;

public sealed class NewsroomEditsTests
{
    [Fact]
    public void BritishSpellingKeepsCaseAndLeavesLongerWordsAlone()
    {
        Assert.Equal(
            "The co-operation programme will realise Defence goals at the Centre, said a programmer.",
            NewsroomEdits.ToBritishSpelling("The cooperation program will realize Defense goals at the Center, said a programmer."));
    }

    [Fact]
    public void AbbreviationsLoseTheirDotsButKeepAClosingFullStop()
    {
        Assert.Equal("The US and UN met in the US.", NewsroomEdits.DropAbbreviationDots("The U.S. and U.N. met in the U.S."));
    }

    [Fact]
    public void QuotesCurlAndStraightenBackToTheSameText()
    {
        const string straight = "\"It's ready,\" she said of the 'new' plan.";

        string curly = NewsroomEdits.CurlQuotes(straight);

        Assert.Equal("“It’s ready,” she said of the ‘new’ plan.", curly);
        Assert.Equal(straight, NewsroomEdits.StraightenQuotes(curly));
    }

    [Theory]
    [InlineData(PercentStyle.PerCent, "Sales rose 5.2 per cent and costs 3 per cent, from 1 per cent.")]
    [InlineData(PercentStyle.Symbol, "Sales rose 5.2% and costs 3%, from 1%.")]
    [InlineData(PercentStyle.Percent, "Sales rose 5.2 percent and costs 3 percent, from 1 percent.")]
    public void PercentIsRestyled(PercentStyle style, string expected)
    {
        Assert.Equal(expected, NewsroomEdits.RestylePercent("Sales rose 5.2 pct and costs 3%, from 1 percent.", style));
    }

    [Fact]
    public void HonorificsAreAddedOnlyAfterTheFirstFullMention()
    {
        string[] paragraphs =
        [
            "Tanaka was not yet involved.",
            "Finance minister Hiroshi Tanaka said on Monday the plan would go ahead.",
            "Tanaka added that the Tanaka report and Hiroshi Tanaka's team agreed.",
        ];

        var edited = NewsroomEdits.AddHonorifics(paragraphs, new Random(3));

        Assert.Equal(paragraphs[0], edited[0]);
        Assert.Equal(paragraphs[1], edited[1]);
        Assert.Matches(@"^M[rs] Tanaka added that the Tanaka report and Hiroshi Tanaka's team agreed\.$", edited[2]);
    }

    [Fact]
    public void HonorificsIgnoreNamesOfPlacesAndBodies()
    {
        string[] paragraphs = ["The Federal Reserve met in South Korea.", "Reserve officials flew to Korea."];

        Assert.Equal(paragraphs, NewsroomEdits.AddHonorifics(paragraphs, new Random(1)));
    }

    [Theory]
    [InlineData("SALVADOR, Feb 26 - Showers continued in the zone.")]
    [InlineData("SEOUL (Reuters) - Showers continued in the zone.")]
    [InlineData("Seoul, South Korea: Showers continued in the zone.")]
    public void DatelinesAreCut(string paragraph)
    {
        Assert.True(NewsroomEdits.HasDateline(paragraph));
        Assert.Equal("Showers continued in the zone.", NewsroomEdits.CutDateline(paragraph));
    }

    [Fact]
    public void AddedDatelineCanBeCutAgain()
    {
        const string paragraph = "Showers continued in the zone.";

        string withDateline = NewsroomEdits.AddDateline(paragraph, new Random(7), new DateTimeOffset(2024, 3, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.NotEqual(paragraph, withDateline);
        Assert.Equal(paragraph, NewsroomEdits.CutDateline(withDateline));
    }

    [Fact]
    public void SaidBecomesToldReportersOnce()
    {
        Assert.Equal(
            "Lim told reporters the deal was said to be close. Kim said nothing.",
            NewsroomEdits.SaidToToldReporters("Lim said the deal was said to be close. Kim said nothing."));
    }

    [Fact]
    public void QuoteTrimDropsTheLastClauseInsideTheQuotation()
    {
        Assert.Equal(
            "“We will act now,” he said.",
            NewsroomEdits.TrimQuote("“We will act now, and we will act fast,” he said."));
    }

    [Fact]
    public void ClausesAreReorderedAroundTheComma()
    {
        Assert.Equal("Demand fell when prices rose.", NewsroomEdits.ReorderClauses("When prices rose, demand fell.", new Random(1)));
        Assert.Equal(
            "The minister said prices will rise.",
            NewsroomEdits.ReorderClauses("Prices will rise, the minister said.", new Random(1)));
    }

    [Fact]
    public void SynonymSwapChangesWordsButKeepsTheirCase()
    {
        const string sentence = "The firm plans to buy a big plant.";

        string swapped = NewsroomEdits.SwapSynonyms(sentence, new Random(5), maxSwaps: 3);

        Assert.NotEqual(sentence, swapped);
        Assert.Matches(@"^The (firm|company) (plans|intends) to (buy|purchase) a (big|large) plant\.$", swapped);
    }

    [Fact]
    public void DeleteSentenceRemovesExactlyOneSentence()
    {
        const string paragraph = "Mr. Lim arrived in the U.S. on Monday. He met bankers. He left.";

        string shorter = NewsroomEdits.DeleteSentence(paragraph, new Random(2));

        string[] kept = ["Mr. Lim arrived in the U.S. on Monday.", "He met bankers.", "He left."];
        Assert.Equal(2, kept.Count(sentence => shorter.Contains(sentence, StringComparison.Ordinal)));
        Assert.Equal(paragraph.Length - shorter.Length - 1, kept.Where(sentence => !shorter.Contains(sentence, StringComparison.Ordinal)).Single().Length);
    }
}
