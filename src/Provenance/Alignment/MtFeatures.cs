namespace Provenance.Alignment;

/// <summary>
/// Machine-translation metrics between two sentences, used as paraphrase features (after Madnani et al.
/// 2012): a METEOR-like word alignment in three stages (same word, same lemma, WordNet synonym) with
/// its precision, recall, fragmentation and the words it leaves unmatched; smoothed BLEU; NIST
/// information-weighted n-gram precision; TER-like word edit distance (plain, and with lemmas and
/// synonyms counted as equal, as TERp does); the longest common subsequence under the same equivalence.
/// </summary>
public static class MtFeatures
{
    public static readonly string[] Names =
    [
        "meteor_precision", "meteor_recall", "meteor_ab", "meteor_ba", "meteor_fragmentation",
        "lemma_matches", "synonym_matches", "unmatched_content_a", "unmatched_content_b", "unmatched_content_max",
        "unmatched_rarity_a", "unmatched_rarity_b",
        "bleu_ab", "bleu_ba", "nist_ab", "nist_ba",
        "ter", "terp", "soft_lcs_a", "soft_lcs_b",
        "char4_dice", "char5_dice", "numbers_missing_a", "numbers_missing_b", "names_missing_a", "names_missing_b",
        "char_length_difference",
    ];

    /// <summary>How two words match: not at all, or at the first stage that joins them.</summary>
    internal enum Match : byte { None, Exact, Lemma, Synonym }

    public static float[] Extract(string[] a, string[] b, bool[] capitalA, bool[] capitalB, Func<string, bool> isStopWord,
        Lexicon lexicon, WordRarity? rarity, NgramInformation? information)
    {
        var matches = MatchMatrix(a, b, lexicon);
        var (alignedA, alignedB, chunks, lemmaMatches, synonymMatches) = Align(a, b, matches);
        var matched = alignedA.Count(m => m >= 0);
        double precision = a.Length == 0 ? 0 : (double)matched / a.Length, recall = b.Length == 0 ? 0 : (double)matched / b.Length;
        var fragmentation = matched == 0 ? 1 : (double)chunks / matched;
        var penalty = 0.5 * Math.Pow(fragmentation, 3);
        var unmatchedContentA = UnmatchedContent(a, alignedA, isStopWord);
        var unmatchedContentB = UnmatchedContent(b, alignedB, isStopWord);
        var meanLength = Math.Max(1, (a.Length + b.Length) / 2.0);
        string textA = string.Join(' ', a), textB = string.Join(' ', b);
        return
        [
            (float)precision, (float)recall,
            (float)(Fmean(precision, recall) * (1 - penalty)), (float)(Fmean(recall, precision) * (1 - penalty)),
            (float)fragmentation,
            lemmaMatches, synonymMatches, unmatchedContentA, unmatchedContentB, Math.Max(unmatchedContentA, unmatchedContentB),
            UnmatchedRarity(a, alignedA, rarity), UnmatchedRarity(b, alignedB, rarity),
            (float)Bleu(a, b), (float)Bleu(b, a),
            (float)Nist(a, b, information), (float)Nist(b, a, information),
            (float)(EditDistance(matches, Match.Exact) / meanLength), (float)(EditDistance(matches, Match.Synonym) / meanLength),
            (float)SoftLcs(matches) / Math.Max(1, a.Length), (float)SoftLcs(matches) / Math.Max(1, b.Length),
            CharDice(textA, textB, 4), CharDice(textA, textB, 5),
            MissingNumbers(a, b), MissingNumbers(b, a),
            MissingNames(a, capitalA, alignedA, isStopWord), MissingNames(b, capitalB, alignedB, isStopWord),
            Math.Abs(textA.Length - textB.Length),
        ];
    }

    /// <summary>METEOR's harmonic mean weighted towards recall (alpha 0.9).</summary>
    private static double Fmean(double precision, double recall) =>
        precision == 0 || recall == 0 ? 0 : precision * recall / (0.9 * precision + 0.1 * recall);

    internal static Match[,] MatchMatrix(string[] a, string[] b, Lexicon lexicon)
    {
        var matches = new Match[a.Length, b.Length];
        var lemmasB = b.Select(w => lexicon.Lemmas(w).ToHashSet()).ToArray();
        var synsetsB = b.Select(w => lexicon.Synsets(w).ToHashSet()).ToArray();
        for (var i = 0; i < a.Length; i++)
        {
            var lemmasA = lexicon.Lemmas(a[i]);
            HashSet<int>? synsetsA = null;
            for (var j = 0; j < b.Length; j++)
            {
                if (a[i] == b[j]) matches[i, j] = Match.Exact;
                else if (lemmasA.Any(lemmasB[j].Contains)) matches[i, j] = Match.Lemma;
                else if ((synsetsA ??= lexicon.Synsets(a[i]).ToHashSet()).Overlaps(synsetsB[j])) matches[i, j] = Match.Synonym;
            }
        }
        return matches;
    }

    /// <summary>
    /// One-to-one alignment, stage by stage (exact, then lemma, then synonym): each word of A, in order,
    /// takes the free word of B of the stage's kind nearest its own relative position.
    /// Chunks are runs aligned contiguously and in order on both sides.
    /// </summary>
    internal static (int[] AlignedA, int[] AlignedB, int Chunks, int LemmaMatches, int SynonymMatches) Align(string[] a, string[] b, Match[,] matches)
    {
        var alignedA = Enumerable.Repeat(-1, a.Length).ToArray();
        var alignedB = Enumerable.Repeat(-1, b.Length).ToArray();
        int lemmaMatches = 0, synonymMatches = 0;
        foreach (var stage in (Match[])[Match.Exact, Match.Lemma, Match.Synonym])
            for (var i = 0; i < a.Length; i++)
            {
                if (alignedA[i] >= 0) continue;
                var best = -1;
                var bestDistance = double.MaxValue;
                for (var j = 0; j < b.Length; j++)
                {
                    if (alignedB[j] >= 0 || matches[i, j] != stage) continue;
                    var distance = Math.Abs((double)i / a.Length - (double)j / b.Length);
                    if (distance < bestDistance) (best, bestDistance) = (j, distance);
                }
                if (best < 0) continue;
                alignedA[i] = best;
                alignedB[best] = i;
                if (stage == Match.Lemma) lemmaMatches++;
                if (stage == Match.Synonym) synonymMatches++;
            }
        var chunks = 0;
        var previous = -2;
        for (var i = 0; i < a.Length; i++)
        {
            if (alignedA[i] < 0)
            {
                previous = -2;
                continue;
            }
            if (alignedA[i] != previous + 1) chunks++;
            previous = alignedA[i];
        }
        return (alignedA, alignedB, chunks, lemmaMatches, synonymMatches);
    }

    private static int UnmatchedContent(string[] words, int[] aligned, Func<string, bool> isStopWord) =>
        Enumerable.Range(0, words.Length).Count(i => aligned[i] < 0 && !isStopWord(words[i]));

    /// <summary>Share of a sentence's rarity-weighed words left unmatched by the alignment.</summary>
    private static float UnmatchedRarity(string[] words, int[] aligned, WordRarity? rarity)
    {
        double total = 0, unmatched = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var weight = rarity?.Weight(words[i]) ?? 1;
            total += weight;
            if (aligned[i] < 0) unmatched += weight;
        }
        return total == 0 ? 0 : (float)(unmatched / total);
    }

    /// <summary>BLEU of a hypothesis against one reference: clipped n-gram precision 1..4, add-one smoothed above unigrams, brevity penalty.</summary>
    internal static double Bleu(string[] hypothesis, string[] reference)
    {
        if (hypothesis.Length == 0) return 0;
        var logSum = 0.0;
        for (var n = 1; n <= 4; n++)
        {
            var (clipped, total) = ClippedMatches(hypothesis, reference, n, null);
            var p = n == 1 ? (total == 0 ? 0 : clipped / total) : (clipped + 1) / (total + 1);
            if (p == 0) return 0;
            logSum += Math.Log(p);
        }
        var brevity = Math.Exp(Math.Min(0, 1 - (double)reference.Length / hypothesis.Length));
        return brevity * Math.Exp(logSum / 4);
    }

    /// <summary>NIST: the information of the hypothesis's n-grams (1..4) found in the reference, over its n-gram count, summed over n.</summary>
    internal static double Nist(string[] hypothesis, string[] reference, NgramInformation? information)
    {
        var score = 0.0;
        for (var n = 1; n <= NgramInformation.MaxOrder && n <= hypothesis.Length; n++)
        {
            var (weighed, total) = ClippedMatches(hypothesis, reference, n, information);
            score += weighed / total;
        }
        return score;
    }

    /// <summary>Hypothesis n-grams found in the reference, each used at most as often as the reference has it (weighed by information when given).</summary>
    private static (double Matched, double Total) ClippedMatches(string[] hypothesis, string[] reference, int n, NgramInformation? information)
    {
        var available = new Dictionary<string, int>();
        for (var i = 0; i + n <= reference.Length; i++)
        {
            var gram = NgramInformation.Join(reference, i, n);
            available[gram] = available.GetValueOrDefault(gram) + 1;
        }
        double matched = 0, total = 0;
        for (var i = 0; i + n <= hypothesis.Length; i++)
        {
            total++;
            var gram = NgramInformation.Join(hypothesis, i, n);
            if (available.GetValueOrDefault(gram) <= 0) continue;
            available[gram]--;
            matched += information?.Information(hypothesis, i, n) ?? 1;
        }
        return (matched, total);
    }

    /// <summary>Word edit distance (insert, delete, substitute at 1) where words matching at <paramref name="upTo"/> or an earlier stage are equal.</summary>
    internal static int EditDistance(Match[,] matches, Match upTo)
    {
        int rows = matches.GetLength(0), columns = matches.GetLength(1);
        var previous = Enumerable.Range(0, columns + 1).ToArray();
        var current = new int[columns + 1];
        for (var i = 1; i <= rows; i++)
        {
            current[0] = i;
            for (var j = 1; j <= columns; j++)
            {
                var match = matches[i - 1, j - 1];
                var substitute = previous[j - 1] + (match != Match.None && match <= upTo ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[columns];
    }

    /// <summary>Longest common subsequence where words matching at any stage are equal.</summary>
    internal static int SoftLcs(Match[,] matches)
    {
        int rows = matches.GetLength(0), columns = matches.GetLength(1);
        var previous = new int[columns + 1];
        var current = new int[columns + 1];
        for (var i = 1; i <= rows; i++)
        {
            for (var j = 1; j <= columns; j++)
                current[j] = matches[i - 1, j - 1] != Match.None ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[columns];
    }

    internal static float CharDice(string a, string b, int n)
    {
        static HashSet<string> Grams(string text, int n) =>
            [.. Enumerable.Range(0, Math.Max(0, text.Length - n + 1)).Select(i => text.Substring(i, n))];
        var gramsA = Grams(a, n);
        var gramsB = Grams(b, n);
        return gramsA.Count + gramsB.Count == 0 ? 1 : 2f * gramsA.Intersect(gramsB).Count() / (gramsA.Count + gramsB.Count);
    }

    private static int MissingNumbers(string[] words, string[] other) =>
        words.Where(w => w.Any(char.IsDigit)).Distinct().Count(w => !other.Contains(w));

    /// <summary>Capitalised words (names, mostly; the first word is not counted) left unmatched.</summary>
    private static int MissingNames(string[] words, bool[] capital, int[] aligned, Func<string, bool> isStopWord) =>
        Enumerable.Range(1, Math.Max(0, words.Length - 1)).Count(i => capital[i] && aligned[i] < 0 && !isStopWord(words[i]));
}
