using DiffPlex;

namespace Provenance.Alignment;

/// <summary>The word-level comparison of a target sentence with its source text (DiffPlex over normal tokens).</summary>
public sealed record WordDiff(bool[] TargetMatched, bool[] SourceMatched, int LongestRun, int EditBlocks)
{
    public int MatchedCount { get; } = TargetMatched.Count(m => m);

    public static WordDiff Compare(string[] source, string[] target)
    {
        var targetMatched = new bool[target.Length];
        var sourceMatched = new bool[source.Length];
        if (source.Length == 0 || target.Length == 0) return new WordDiff(targetMatched, sourceMatched, 0, 0);
        if (source.AsSpan().SequenceEqual(target)) return Identical(source.Length);

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

    /// <summary>
    /// What DiffPlex finds for two equal sequences, without running it: most copied sentences are
    /// verbatim. Both sides share one all-true array (the arrays are never changed after creation).
    /// </summary>
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
