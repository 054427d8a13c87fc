using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// Features of a pair of sentences for the sentence-level decision "same text, reworded or not":
/// n-gram coverage both ways, DiffPlex matched shares and longest runs, word, content-word, stem and
/// character-trigram overlap, overlap weighed by word rarity, length ratio, agreement of the
/// numbers, and edit density; then the machine-translation metrics of <see cref="MtFeatures"/>.
/// </summary>
public static class SentencePairFeatures
{
    private static readonly string[] OverlapNames =
    [
        "bigram_cover_ab", "bigram_cover_ba", "trigram_cover_ab", "trigram_cover_ba",
        "matched_a", "matched_b", "run_a", "run_b", "word_jaccard", "length_ratio",
        "number_agreement", "edits_per_word",
        "unigram_cover_ab", "unigram_cover_ba", "stem_cover_ab", "stem_cover_ba", "content_jaccard",
        "fourgram_cover_ab", "fourgram_cover_ba", "length_difference",
        "char_trigram_dice", "content_cover_ab", "content_cover_ba",
        "rarity_cover_ab", "rarity_cover_ba",
    ];

    public static readonly string[] Names = [.. OverlapNames, .. MtFeatures.Names];

    private static readonly HashSet<string> StopWords =
    [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "it", "its", "that", "this", "with", "by", "from", "as", "he", "she", "they",
        "we", "i", "his", "her", "their", "said", "says", "will", "would", "which", "who", "not",
    ];

    /// <summary>What the features learn from outside the pair: word rarity and n-gram information (from a training split), lemmas and synonyms.</summary>
    /// <param name="Rarity">Inverse document frequency of words (rare words weigh more in the overlap); null weighs all alike.</param>
    /// <param name="Information">NIST n-gram information; null weighs all n-grams alike.</param>
    /// <param name="Lexicon">WordNet lemmas and synonyms; null matches words only as written.</param>
    public sealed record Context(WordRarity? Rarity = null, NgramInformation? Information = null, Lexicon? Lexicon = null);

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <param name="textA">The text <paramref name="a"/>'s spans point into (for capitalised words); null counts none as capitalised.</param>
    public static float[] Extract(IReadOnlyList<Token> a, IReadOnlyList<Token> b, Context? context = null, string? textA = null, string? textB = null)
    {
        var rarity = context?.Rarity;
        var wordsA = a.Select(t => t.Normal).ToArray();
        var wordsB = b.Select(t => t.Normal).ToArray();
        var diff = WordDiff.Compare(wordsB, wordsA);
        var setA = wordsA.ToHashSet();
        var setB = wordsB.ToHashSet();
        var lengthA = Math.Max(1, wordsA.Length);
        var lengthB = Math.Max(1, wordsB.Length);
        float[] overlap =
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
            MtFeatures.CharDice(string.Join(' ', wordsA), string.Join(' ', wordsB), 3),
            ContentCover(wordsA, setB), ContentCover(wordsB, setA),
            RarityCover(wordsA, setB, rarity), RarityCover(wordsB, setA, rarity),
        ];
        var metrics = MtFeatures.Extract(wordsA, wordsB, Capitals(a, textA), Capitals(b, textB), IsStopWord,
            context?.Lexicon ?? Lexicon.Empty, rarity, context?.Information);
        return [.. overlap, .. metrics];
    }

    private static bool[] Capitals(IReadOnlyList<Token> tokens, string? text) =>
        [.. tokens.Select(t => text is not null && t.Span.Start < text.Length && char.IsUpper(text[t.Span.Start]))];

    private static float Cover(string[] of, string[] by, int n)
    {
        if (of.Length < n) return of.All(by.Contains) ? 1 : 0;
        var grams = Enumerable.Range(0, Math.Max(0, by.Length - n + 1)).Select(i => string.Join(' ', by, i, n)).ToHashSet();
        var total = of.Length - n + 1;
        var found = Enumerable.Range(0, total).Count(i => grams.Contains(string.Join(' ', of, i, n)));
        return (float)found / total;
    }

    /// <summary>Share of a sentence's words found in the other, each weighed by its rarity.</summary>
    private static float RarityCover(string[] words, HashSet<string> other, WordRarity? rarity)
    {
        float total = 0, found = 0;
        foreach (var word in words)
        {
            var weight = rarity?.Weight(word) ?? 1;
            total += weight;
            if (other.Contains(word)) found += weight;
        }
        return total == 0 ? 1 : found / total;
    }

    /// <summary>Share of a sentence's content words (not stop words) found in the other.</summary>
    private static float ContentCover(string[] words, HashSet<string> other)
    {
        var content = words.Where(w => !StopWords.Contains(w)).ToArray();
        return content.Length == 0 ? 1 : (float)content.Count(other.Contains) / content.Length;
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
