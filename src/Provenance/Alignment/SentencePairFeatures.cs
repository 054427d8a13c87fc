using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// Features of a pair of sentences for the sentence-level decision "same text, reworded or not":
/// bigram and trigram coverage both ways, DiffPlex matched shares and longest runs, word overlap,
/// length ratio, agreement of the numbers, and edit density.
/// </summary>
public static class SentencePairFeatures
{
    public static readonly string[] Names =
    [
        "bigram_cover_ab", "bigram_cover_ba", "trigram_cover_ab", "trigram_cover_ba",
        "matched_a", "matched_b", "run_a", "run_b", "word_jaccard", "length_ratio",
        "number_agreement", "edits_per_word",
        "unigram_cover_ab", "unigram_cover_ba", "stem_cover_ab", "stem_cover_ba", "content_jaccard",
        "fourgram_cover_ab", "fourgram_cover_ba", "length_difference",
    ];

    private static readonly HashSet<string> StopWords =
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "it", "its", "that", "this", "with", "by", "from", "as", "he", "she", "they",
        "we", "i", "his", "her", "their", "said", "says", "will", "would", "which", "who", "not",
    ];

    public static float[] Extract(IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        var wordsA = a.Select(t => t.Normal).ToArray();
        var wordsB = b.Select(t => t.Normal).ToArray();
        var diff = WordDiff.Compare(wordsB, wordsA);
        var setA = wordsA.ToHashSet();
        var setB = wordsB.ToHashSet();
        var lengthA = Math.Max(1, wordsA.Length);
        var lengthB = Math.Max(1, wordsB.Length);
        return
        [
            Cover(wordsA, wordsB, 2), Cover(wordsB, wordsA, 2), Cover(wordsA, wordsB, 3), Cover(wordsB, wordsA, 3),
            (float)diff.MatchedCount / lengthA, (float)diff.SourceMatched.Count(m => m) / lengthB,
            (float)diff.LongestRun / lengthA, (float)diff.LongestRun / lengthB,
            Jaccard(setA, setB),
            (float)Math.Min(lengthA, lengthB) / Math.Max(lengthA, lengthB),
            NumberAgreement(setA, setB),
            (float)diff.EditBlocks / (lengthA + lengthB),
            Cover(wordsA, wordsB, 1), Cover(wordsB, wordsA, 1),
            Cover(Stems(wordsA), Stems(wordsB), 1), Cover(Stems(wordsB), Stems(wordsA), 1),
            Jaccard(setA.Except(StopWords).ToHashSet(), setB.Except(StopWords).ToHashSet()),
            Cover(wordsA, wordsB, 4), Cover(wordsB, wordsA, 4),
            Math.Abs(wordsA.Length - wordsB.Length),
        ];
    }

    private static float Cover(string[] of, string[] by, int n)
    {
        if (of.Length < n) return of.All(by.Contains) ? 1 : 0;
        var grams = Enumerable.Range(0, Math.Max(0, by.Length - n + 1)).Select(i => string.Join(' ', by, i, n)).ToHashSet();
        var total = of.Length - n + 1;
        var found = Enumerable.Range(0, total).Count(i => grams.Contains(string.Join(' ', of, i, n)));
        return (float)found / total;
    }

    /// <summary>A crude stem: common English inflections cut, so "rises", "rose" do not meet but "rises", "rising" nearly do.</summary>
    private static string[] Stems(string[] words) => [.. words.Select(Stem)];

    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s", "ly"])
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return word;
    }

    private static float Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 1 : (float)a.Intersect(b).Count() / union;
    }

    private static float NumberAgreement(HashSet<string> a, HashSet<string> b)
    {
        var numbersA = a.Where(w => w.Any(char.IsDigit)).ToHashSet();
        var numbersB = b.Where(w => w.Any(char.IsDigit)).ToHashSet();
        return numbersA.Count + numbersB.Count == 0 ? 1 : Jaccard(numbersA, numbersB);
    }
}
