using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

/// <summary>A quoted statement found in a base article, quotation marks included.</summary>
internal sealed record QuotedStatement(int BaseArticle, string Quotation);

/// <summary>
/// Writes hard negatives: original articles that repeat a quotation from a base article inside narration of
/// their own, as outlets do when they cover the same statement independently.
/// </summary>
internal static partial class SharedQuoteWriter
{
    private static readonly string[] LeadIns =
    [
        "As one official put it:", "Speaking at the time, a spokesperson said:", "The remark echoed an earlier statement:",
        "Critics were quick to recall the words:", "Asked about it, a senior adviser repeated:", "In the words of the statement:",
    ];

    public static ImmutableArray<QuotedStatement> FindQuotations(IReadOnlyList<SyntheticArticle> baseArticles) =>
    [
        .. baseArticles.SelectMany((article, index) => article.Paragraphs
            .SelectMany(paragraph => QuotationRegex().Matches(paragraph))
            .Where(quotation => quotation.Value.Split(' ').Length >= 5)
            .Select(quotation => new QuotedStatement(index, Closed(quotation)))),
    ];

    public static ImmutableArray<DraftParagraph> WriteArticle(QuotedStatement quotation, OriginalTextSource originals, Random random)
    {
        var narration = $"{originals.NextSentence()} {LeadIns[random.Next(LeadIns.Length)]} {quotation.Quotation} {originals.NextSentence()}";
        var paragraphs = Enumerable.Range(0, random.Next(3, 7))
            .Select(_ => DraftParagraph.Original(originals.NextParagraph()))
            .ToImmutableArray();
        return paragraphs.Insert(random.Next(1, paragraphs.Length + 1), DraftParagraph.Original(narration, EditKinds.SharedQuote));
    }

    // A quotation cut from "“We will act,” he said" must end as a sentence once it stands alone.
    private static string Closed(Match quotation)
    {
        var inner = quotation.Groups["inner"].Value.TrimEnd(',', ' ');
        var sentence = inner[^1] is '.' or '!' or '?' ? inner : inner + ".";
        return quotation.Groups["open"].Value + sentence + quotation.Groups["close"].Value;
    }

    [GeneratedRegex("""(?<open>[“"])(?<inner>[^“”"]{20,400})(?<close>[”"])""")]
    private static partial Regex QuotationRegex();
}
