using CsCheck;
using Provenance.Normalization;
using Provenance.Pipeline;

namespace Provenance.Tests.Normalization;

/// <summary>
/// A paragraph's house-style marks are counted once, when it is tokenised, and the direction inference
/// adds them up: they must be the marks of its words as written, over the whole paragraph.
/// </summary>
public class HouseStyleTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestData.Words);

    private static HouseStyle[] Tokenised(string body)
    {
        var segmented = Analyzer.Segment(TestData.Article("a", body));
        return [.. Analyzer.Tokenize(segmented).Select(p => p.Style)];
    }

    [Fact]
    public void Honorifics_before_names_british_spellings_and_dotted_abbreviations_are_counted()
    {
        Assert.Equal(
            [new HouseStyle(1, 2, 1), new HouseStyle(0, 0, 0)],
            Tokenised("Mr Lim said the U.S. should realise its colour had changed, said mr Lim and US officials.\n\nKim said so."));
    }

    [Fact]
    public void An_honorific_ending_a_sentence_counts_before_a_capital_in_the_next()
    {
        Assert.Equal([new HouseStyle(1, 0, 0)], Tokenised("He thanked the Lord. Then he left."));
    }

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.String[0, 10],
        Gen.OneOf(Gen.Const("Mr"), Gen.Const("mr"), Gen.Const("Dr."), Gen.Const("Kim"), Gen.Const("Lord."), Gen.Const("It"),
                  Gen.Const("realise"), Gen.Const("Colour’s"), Gen.Const("programme"), Gen.Const("U.S."), Gen.Const("U.K"),
                  Gen.Const("US"), Gen.Const("A.B"), Gen.Const("“Sir"), Gen.Const("said.”"), Gen.Const("%")));

    private static readonly Gen<string> Body = Word.Array[0, 25].Select(words => string.Join(' ', words)).Array[1, 4]
        .Select(paragraphs => string.Join("\n\n", paragraphs));

    [Fact]
    public void The_counts_are_those_of_the_words_as_written() =>
        Body.Sample(body =>
        {
            var segmented = Analyzer.Segment(TestData.Article("a", body));
            var tokenized = Analyzer.Tokenize(segmented);
            for (var p = 0; p < tokenized.Length; p++)
            {
                var raw = WordScanner.Scan(segmented.Article.Body, segmented.Paragraphs[p].Span);
                Assert.Equal(Counted(raw), tokenized[p].Style);
            }
        }, iter: 1000);

    // The marks counted word by word from the lists, as the direction inference once did itself.
    private static HouseStyle Counted(List<RawWord> raw)
    {
        int honorifics = 0, british = 0, dotted = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var word = raw[i].Text;
            if (Honorifics.StandsBeforeName(raw[i], i + 1 < raw.Count ? raw[i + 1] : null, TestData.Words)) honorifics++;
            if (TestData.Words.SpellingVariants.ContainsKey(word.ToLowerInvariant().Replace('’', '\''))) british++;
            if (word.Length >= 3 && word.Contains('.') && word.All(c => char.IsUpper(c) || c == '.')) dotted++;
        }
        return new HouseStyle(honorifics, british, dotted);
    }
}
