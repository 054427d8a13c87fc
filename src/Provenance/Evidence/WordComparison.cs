using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;
using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Evidence;

/// <summary>
/// The words of a source text and of its copy as written (spans of their articles' bodies), compared with DiffPlex: unlike the
/// alignment (over normal forms), this shows a reader every edit, house style included.
/// Words are compared as written, except that curly and straight apostrophes are the same.
/// </summary>
public sealed record WordComparison(
    SourceText SourceBody,
    ImmutableArray<RawWord> SourceWords,
    SourceText TargetBody,
    ImmutableArray<RawWord> TargetWords,
    ImmutableArray<WordChange> Changes)
{
    private static readonly CustomFunctionChunker LineChunker = new(text => text.Split('\n'));

    public static WordComparison Compare(SourceText sourceBody, IReadOnlyList<RawWord> source, SourceText targetBody, IReadOnlyList<RawWord> target)
    {
        static string Lines(IReadOnlyList<RawWord> words) => string.Join('\n', words.Select(w => w.Text.Replace('’', '\'')));
        ImmutableArray<WordChange> changes = source.Count == 0 || target.Count == 0
            ? source.Count + target.Count == 0 ? [] : [new WordChange(0, source.Count, 0, target.Count)]
            : Differ.Instance.CreateDiffs(Lines(source), Lines(target), false, false, LineChunker).DiffBlocks
                .Select(b => new WordChange(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))
                .ToImmutableArray();
        return new WordComparison(sourceBody, [.. source], targetBody, [.. target], changes);
    }

    /// <summary>Source words the copy does not have.</summary>
    public IEnumerable<RawWord> Removed => Changes.SelectMany(c => SourceWords.Skip(c.SourceStart).Take(c.SourceCount));

    /// <summary>Words of the copy the source does not have.</summary>
    public IEnumerable<RawWord> Added => Changes.SelectMany(c => TargetWords.Skip(c.TargetStart).Take(c.TargetCount));

    /// <summary>Share (0 to 1) of the copy's words that are the source's, as written.</summary>
    public double KeptShare => TargetWords.IsEmpty ? 0 : 1 - (double)Changes.Sum(c => c.TargetCount) / TargetWords.Length;
}
