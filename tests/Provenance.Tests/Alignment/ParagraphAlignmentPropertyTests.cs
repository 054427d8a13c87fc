using System.Collections.Immutable;
using CsCheck;
using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Tests.Alignment;

/// <summary>
/// A paragraph's main source paragraph and how many it draws on are counted pairwise for a few matches
/// and by totals for many (a huge paragraph has thousands): both ways must answer as a plain grouping does.
/// </summary>
public class ParagraphAlignmentPropertyTests
{
    private static readonly Gen<(int SourceParagraph, int Words)[]> Matches =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 6]).Array[0, 40];

    [Fact]
    public void The_main_source_paragraph_has_the_most_matched_words_the_lowest_on_a_tie() =>
        Matches.Sample(matches =>
        {
            var alignment = new ParagraphAlignment(0, 100, matches.Length, 0, [.. matches.Select(m => Match(m.SourceParagraph, m.Words))]);
            var totals = matches.GroupBy(m => m.SourceParagraph).Select(g => (Paragraph: g.Key, Words: g.Sum(m => m.Words))).ToList();
            var main = totals.Count == 0 ? -1 : totals.OrderByDescending(t => t.Words).ThenBy(t => t.Paragraph).First().Paragraph;
            Assert.Equal((main, totals.Count), (alignment.SourceParagraph, alignment.DistinctSourceParagraphs));
        });

    [Fact]
    public void Fifty_thousand_matches_over_seven_paragraphs_are_totalled()
    {
        var matches = Enumerable.Range(0, 50_000).Select(i => Match(i % 7, 1 + i % 3)).ToImmutableArray();
        var alignment = new ParagraphAlignment(0, 150_000, matches.Length, 0, matches);
        Assert.Equal((0, 7), (alignment.SourceParagraph, alignment.DistinctSourceParagraphs));
    }

    private static readonly int Form = NormalForms.NumberOf("word");

    private static SentenceMatch Match(int sourceParagraph, int words)
    {
        var tokens = Enumerable.Range(0, Math.Max(1, words)).Select(i => new Token(new TextSpan(i, 1), Form, false)).ToArray();
        var profile = new SentenceProfile(sourceParagraph, 0, tokens);
        var matched = Enumerable.Range(0, tokens.Length).Select(i => i < words).ToArray();
        return new SentenceMatch(profile, [profile], sourceParagraph, 1, new WordDiff(matched, matched, words, 0));
    }
}
