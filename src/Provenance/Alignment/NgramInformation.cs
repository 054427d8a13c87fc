namespace Provenance.Alignment;

/// <summary>
/// NIST's information weights of word n-grams (1 to <see cref="MaxOrder"/>) over a collection of
/// sentences: info(w1..wn) = log2(count(w1..wn-1) / count(w1..wn)), and log2(words / count(w)) for one
/// word, so an n-gram that its first words rarely lead to weighs more. Unseen n-grams count as seen once.
/// </summary>
public sealed class NgramInformation
{
    public const int MaxOrder = 4;

    private readonly Dictionary<string, int> _counts;
    private readonly int _words;

    private NgramInformation(Dictionary<string, int> counts, int words)
    {
        _counts = counts;
        _words = words;
    }

    public static NgramInformation Of(IEnumerable<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, int>();
        var words = 0;
        foreach (var sentence in sentences)
        {
            words += sentence.Count;
            for (var n = 1; n <= MaxOrder; n++)
                for (var i = 0; i + n <= sentence.Count; i++)
                {
                    var gram = Join(sentence, i, n);
                    counts[gram] = counts.GetValueOrDefault(gram) + 1;
                }
        }
        return new NgramInformation(counts, words);
    }

    /// <summary>The information of the n-gram of <paramref name="n"/> words at <paramref name="start"/>.</summary>
    public double Information(IReadOnlyList<string> words, int start, int n)
    {
        var count = Math.Max(1, _counts.GetValueOrDefault(Join(words, start, n)));
        var prefix = n == 1 ? Math.Max(1, _words) : Math.Max(count, _counts.GetValueOrDefault(Join(words, start, n - 1)));
        return Math.Log2((double)prefix / count);
    }

    internal static string Join(IReadOnlyList<string> words, int start, int n) =>
        n == 1 ? words[start] : string.Join(' ', Enumerable.Range(start, n).Select(i => words[i]));
}
