using DiffPlex;

namespace Provenance.Alignment;

/// <summary>The word-level comparison of a target sentence with its source text (DiffPlex over normal tokens).</summary>
public sealed record WordDiff(bool[] TargetMatched, bool[] SourceMatched, int LongestRun, int EditBlocks)
{
    public int MatchedCount { get; } = TargetMatched.Count(m => m);

    public static WordDiff Compare(string[] source, string[] target) =>
        WithoutDiffing<string>(source, target) ?? Diff(source, target);

    /// <summary>Compares two sentences given as the numbers of their normal forms (<see cref="Normalization.NormalForms"/>).</summary>
    public static WordDiff CompareForms(ReadOnlySpan<int> source, ReadOnlySpan<int> target) =>
        WithoutDiffing<int>(source, target) ?? Diff(Words(source), Words(target));

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

    private static WordDiff Diff(string[] source, string[] target)
    {
        var targetMatched = new bool[target.Length];
        var sourceMatched = new bool[source.Length];
        var diff = Differ.Instance.CreateDiffs(TokensChunker.SourceKey, TokensChunker.TargetKey, false, false, new TokensChunker(source, target));
        int a = 0, b = 0, longest = 0;
        void MarkEqual(int count)
        {
            for (var k = 0; k < count; k++)
            {
                sourceMatched[a + k] = true;
                targetMatched[b + k] = true;
            }
            longest = Math.Max(longest, count);
        }
        foreach (var block in diff.DiffBlocks)
        {
            MarkEqual(block.DeleteStartA - a);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        MarkEqual(source.Length - a);
        return new WordDiff(targetMatched, sourceMatched, longest, diff.DiffBlocks.Count);
    }

    private static string[] Words(ReadOnlySpan<int> forms)
    {
        var words = new string[forms.Length];
        for (var i = 0; i < forms.Length; i++) words[i] = Normalization.NormalForms.Of(forms[i]);
        return words;
    }

    /// <summary>Both sides of a verbatim pair share one all-true array (the arrays are never changed after creation).</summary>
    private static WordDiff Identical(int length)
    {
        var all = new bool[length];
        Array.Fill(all, true);
        return new WordDiff(all, all, length, 0);
    }

    /// <summary>
    /// Hands DiffPlex the token arrays already made instead of text to split: DiffPlex only takes
    /// strings, so it is given two keys and this chunker answers each with its tokens.
    /// </summary>
    private sealed class TokensChunker(string[] source, string[] target) : IChunker
    {
        public const string SourceKey = "source";
        public const string TargetKey = "target";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, SourceKey) ? source : target;
    }
}
