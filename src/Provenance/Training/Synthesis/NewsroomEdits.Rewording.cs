using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

public static partial class NewsroomEdits
{
    private static readonly Regex SynonymRegex = new(
        $@"\b(?:{string.Join('|', Synonyms.Alternatives.Keys.OrderByDescending(key => key.Length).ThenBy(key => key, StringComparer.Ordinal))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Subordinators =
        ["When", "If", "Although", "While", "After", "Before", "Because", "Since", "Despite", "Unless", "As"];

    // Sentence-initial words that stay correct in lower case once the sentence is moved behind "X said".
    private static readonly FrozenSet<string> LowerCaseSafeStarts = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "he", "she", "they", "we",
         "our", "their", "his", "her", "some", "many", "most", "prices", "sales", "demand", "output", "profits",
         "shares", "exports", "imports", "growth", "inflation", "talks", "officials", "work", "costs"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Turns the first "said" (not "said to") into "told reporters".</summary>
    public static string SaidToToldReporters(string paragraph) =>
        SaidRegex().Replace(paragraph, "told reporters", 1);

    /// <summary>Drops the last clause inside the first quotation that has at least two clauses.</summary>
    public static string TrimQuote(string paragraph)
    {
        foreach (Match quote in QuotationRegex().Matches(paragraph))
        {
            var inner = quote.Groups["inner"];
            int lastClause = Math.Max(
                inner.Value.LastIndexOf(", ", StringComparison.Ordinal),
                inner.Value.LastIndexOf("; ", StringComparison.Ordinal));
            if (lastClause <= 0 || inner.Value[..lastClause].Split(' ').Length < 3)
                continue;

            char ending = inner.Value[^1];
            string kept = inner.Value[..lastClause] + (ending is ',' or '.' or '!' or '?' ? ending.ToString() : "");
            return paragraph[..inner.Index] + kept + paragraph[(inner.Index + inner.Length)..];
        }

        return paragraph;
    }

    /// <summary>Swaps up to <paramref name="maxSwaps"/> words or phrases for a synonym, chosen at random.</summary>
    public static string SwapSynonyms(string paragraph, Random random, int maxSwaps = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSwaps, 1);
        var matches = SynonymRegex.Matches(paragraph).ToArray();
        random.Shuffle(matches);
        var chosen = matches.Take(random.Next(1, maxSwaps + 1)).OrderByDescending(match => match.Index);

        var text = paragraph;
        foreach (var match in chosen)
        {
            var replacement = TextCase.Match(match.Value, Synonyms.Alternatives[match.Value]);
            text = text[..match.Index] + replacement + text[(match.Index + match.Length)..];
        }

        return text;
    }

    /// <summary>
    /// Reorders the two clauses of one sentence: "When A, B." becomes "B when A." and
    /// "A, the minister said." becomes "The minister said a.".
    /// </summary>
    public static string ReorderClauses(string paragraph, Random random)
    {
        var sentences = RoughSentenceSplitter.Split(paragraph);
        var candidates = Enumerable.Range(0, sentences.Length)
            .Select(index => (Index: index, Reordered: ReorderClauses(sentences[index])))
            .Where(candidate => candidate.Reordered is not null)
            .ToArray();
        if (candidates.Length == 0)
            return paragraph;

        var (index, reordered) = candidates[random.Next(candidates.Length)];
        return RoughSentenceSplitter.Join(sentences.SetItem(index, reordered!));
    }

    /// <summary>Removes one sentence, chosen at random, from a paragraph of at least two.</summary>
    public static string DeleteSentence(string paragraph, Random random)
    {
        var sentences = RoughSentenceSplitter.Split(paragraph);
        return sentences.Length < 2 ? paragraph : RoughSentenceSplitter.Join(sentences.RemoveAt(random.Next(sentences.Length)));
    }

    private static string? ReorderClauses(string sentence)
    {
        var parts = TwoClauseSentenceRegex().Match(sentence);
        if (!parts.Success)
            return null;

        string first = parts.Groups["first"].Value, second = parts.Groups["second"].Value, end = parts.Groups["end"].Value;
        string firstWord = first[..first.IndexOf(' ')];
        bool movable = Subordinators.Contains(firstWord, StringComparer.Ordinal)
            || (ReportingClauseRegex().IsMatch(second) && LowerCaseSafeStarts.Contains(firstWord));
        return movable ? $"{TextCase.Capitalize(second)} {TextCase.Uncapitalize(first)}{end}" : null;
    }

    [GeneratedRegex(@"\bsaid\b(?! to\b)")]
    private static partial Regex SaidRegex();

    [GeneratedRegex("""[“"](?<inner>[^“”"]+)[”"]""")]
    private static partial Regex QuotationRegex();

    // One comma only, no quotation marks: "<first>, <second><end>".
    [GeneratedRegex("""^(?<first>[A-Z][^,"“”]* [^,"“”]+), (?<second>[^,"“”]+?)(?<end>[.!?])$""")]
    private static partial Regex TwoClauseSentenceRegex();

    [GeneratedRegex(@"^(?:[\w'-]+ ){1,4}(?:said|says)$")]
    private static partial Regex ReportingClauseRegex();
}
