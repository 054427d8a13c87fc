using DiffPlex;
using DiffPlex.Model;

namespace Provenance.Alignment;

/// <summary>The word-level comparison of a target sentence with its source text (DiffPlex's Myers core over normal-form numbers).</summary>
public sealed record WordDiff(bool[] TargetMatched, bool[] SourceMatched, int LongestRun, int EditBlocks)
{
    public int MatchedCount { get; } = TargetMatched.Count(m => m);

    public static WordDiff Compare(string[] source, string[] target) =>
        WithoutDiffing<string>(source, target) ?? DiffWords(source, target);

    /// <summary>Compares two sentences given as the numbers of their normal forms (<see cref="Normalization.NormalForms"/>).</summary>
    public static WordDiff CompareForms(ReadOnlySpan<int> source, ReadOnlySpan<int> target) =>
        WithoutDiffing<int>(source, target) ?? Diff(source.ToArray(), target.ToArray());

    // Above this many word pairs, two middles are left to DiffPlex rather than checked for a shared word.
    private const int MaxMiddlePairs = 400;

    /// <summary>
    /// What DiffPlex finds, without running it, when the answer is plain: most copied sentences are
    /// verbatim, and most edited ones only gained, lost or replaced one run of words (a dateline, a
    /// trimmed clause, "said" become "told reporters"). DiffPlex too strips the common prefix and then
    /// the common suffix first; what remains on one side alone, or on both sides without a word in
    /// common, is one edit block. Null when a real diff is needed.
    /// </summary>
    private static WordDiff? WithoutDiffing<T>(ReadOnlySpan<T> source, ReadOnlySpan<T> target) where T : IEquatable<T>
    {
        if (source.Length == 0 || target.Length == 0) return new WordDiff(new bool[target.Length], new bool[source.Length], 0, 0);
        if (source.SequenceEqual(target)) return Identical(source.Length);
        var prefix = source.CommonPrefixLength(target);
        var suffix = 0;
        var shorter = Math.Min(source.Length, target.Length);
        while (prefix + suffix < shorter && source[^(suffix + 1)].Equals(target[^(suffix + 1)])) suffix++;
        if (prefix + suffix < shorter && !Disjoint(source[prefix..^suffix], target[prefix..^suffix])) return null;

        var targetMatched = new bool[target.Length];
        var sourceMatched = new bool[source.Length];
        sourceMatched.AsSpan(0, prefix).Fill(true);
        targetMatched.AsSpan(0, prefix).Fill(true);
        sourceMatched.AsSpan(source.Length - suffix).Fill(true);
        targetMatched.AsSpan(target.Length - suffix).Fill(true);
        return new WordDiff(targetMatched, sourceMatched, Math.Max(prefix, suffix), 1);
    }

    private static bool Disjoint<T>(ReadOnlySpan<T> first, ReadOnlySpan<T> second) where T : IEquatable<T>
    {
        if ((long)first.Length * second.Length > MaxMiddlePairs) return false;
        foreach (var word in first)
            if (second.Contains(word)) return false;
        return true;
    }

    /// <summary>
    /// DiffPlex's diff of two word sequences given as numbers (equal numbers, equal words), read the way
    /// DiffPlex reads its own result into blocks: each run of equal words, then the words removed and
    /// added before the next. DiffPlex's public entry points take text and number its pieces through a
    /// dictionary of strings on every call; the normal forms are numbered once for the whole run.
    /// </summary>
    private static WordDiff Diff(int[] source, int[] target)
    {
        var removed = new ModificationData(string.Empty) { HashedPieces = source, Modifications = new bool[source.Length] };
        var added = new ModificationData(string.Empty) { HashedPieces = target, Modifications = new bool[target.Length] };
        MyersCore.Mark(removed, added);
        var (isRemoved, isAdded) = (removed.Modifications, added.Modifications);
        var targetMatched = new bool[target.Length];
        var sourceMatched = new bool[source.Length];
        int a = 0, b = 0, longest = 0, blocks = 0;
        do
        {
            var equal = 0;
            for (; a < source.Length && b < target.Length && !isRemoved[a] && !isAdded[b]; a++, b++, equal++)
                sourceMatched[a] = targetMatched[b] = true;
            longest = Math.Max(longest, equal);
            var (blockA, blockB) = (a, b);
            while (a < source.Length && isRemoved[a]) a++;
            while (b < target.Length && isAdded[b]) b++;
            if (a > blockA || b > blockB) blocks++;
        } while (a < source.Length && b < target.Length);
        return new WordDiff(targetMatched, sourceMatched, longest, blocks);
    }

    /// <summary>Numbers the words (equal words, equal numbers) for <see cref="Diff(int[], int[])"/>.</summary>
    private static WordDiff DiffWords(string[] source, string[] target)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] NumbersOf(string[] words) => Array.ConvertAll(words, w => numbers.TryGetValue(w, out var n) ? n : numbers[w] = numbers.Count);
        return Diff(NumbersOf(source), NumbersOf(target));
    }

    /// <summary>Both sides of a verbatim pair share one all-true array (the arrays are never changed after creation).</summary>
    private static WordDiff Identical(int length)
    {
        var all = new bool[length];
        Array.Fill(all, true);
        return new WordDiff(all, all, length, 0);
    }

    /// <summary>DiffPlex's Myers diff over numbered pieces, which it exposes to subclasses only.</summary>
    private sealed class MyersCore : Differ
    {
        public static void Mark(ModificationData source, ModificationData target) => BuildModificationData(source, target);
    }
}
