using CsCheck;
using DiffPlex;
using Provenance.Alignment;

namespace Provenance.Tests.Alignment;

/// <summary>WordDiff answers plain cases (verbatim, one run gained or lost) without DiffPlex: it must answer as DiffPlex does.</summary>
public class WordDiffPropertyTests
{
    // A small vocabulary, so that repeated words make the prefix and suffix ambiguous.
    private static readonly Gen<string[]> Sentence = Gen.OneOf(Gen.Const("a"), Gen.Const("b"), Gen.Const("c")).Array[0, 8];

    private static readonly Gen<(string[] Source, string[] Target)> OneRunGainedOrLost =
        Gen.Select(Sentence, Sentence, Gen.Int[0, 8], Gen.Bool, (kept, run, at, gained) =>
        {
            var cut = Math.Min(at, kept.Length);
            string[] longer = [.. kept[..cut], .. run, .. kept[cut..]];
            return gained ? (kept, longer) : (longer, kept);
        });

    [Fact]
    public void The_shortcut_for_one_gained_or_lost_run_agrees_with_DiffPlex() =>
        OneRunGainedOrLost.Sample(pair => AssertSameAsDiffPlex(pair.Source, pair.Target));

    [Fact]
    public void Any_pair_agrees_with_DiffPlex() =>
        Gen.Select(Sentence, Sentence).Sample(pair => AssertSameAsDiffPlex(pair.Item1, pair.Item2));

    // Longer sentences over a few more words: real diffs with several blocks, deep in DiffPlex's recursion.
    private static readonly Gen<string[]> LongSentence = Gen.OneOf(new[] { "a", "b", "c", "d", "e", "f" }.Select(Gen.Const).ToArray()).Array[0, 40];

    [Fact]
    public void Long_sentences_agree_with_DiffPlex() =>
        Gen.Select(LongSentence, LongSentence).Sample(pair => AssertSameAsDiffPlex(pair.Item1, pair.Item2));

    [Fact]
    public void Form_numbers_and_words_agree_on_long_sentences() =>
        Gen.Select(LongSentence, LongSentence).Sample(pair =>
        {
            var (source, target) = pair;
            var byForms = WordDiff.CompareForms(
                [.. source.Select(Provenance.Normalization.NormalForms.NumberOf)], [.. target.Select(Provenance.Normalization.NormalForms.NumberOf)]);
            var (targetMatched, sourceMatched, longest, blocks) = DiffPlexAnswer(source, target);
            Assert.Equal(targetMatched, byForms.TargetMatched);
            Assert.Equal(sourceMatched, byForms.SourceMatched);
            Assert.Equal((longest, blocks), (byForms.LongestRun, byForms.EditBlocks));
        });

    [Fact]
    public void Comparing_form_numbers_agrees_with_comparing_words()
    {
        var source = new[] { "the", "bank", "raised", "rates" };
        var target = new[] { "the", "central", "bank", "raised", "rates", "today" };
        var byWords = WordDiff.Compare(source, target);
        var byForms = WordDiff.CompareForms(
            [.. source.Select(Provenance.Normalization.NormalForms.NumberOf)], [.. target.Select(Provenance.Normalization.NormalForms.NumberOf)]);
        Assert.Equal(byWords.TargetMatched, byForms.TargetMatched);
        Assert.Equal(byWords.SourceMatched, byForms.SourceMatched);
        Assert.Equal((byWords.LongestRun, byWords.EditBlocks), (byForms.LongestRun, byForms.EditBlocks));
    }

    private static void AssertSameAsDiffPlex(string[] source, string[] target)
    {
        var actual = WordDiff.Compare(source, target);
        var (targetMatched, sourceMatched, longest, blocks) = DiffPlexAnswer(source, target);
        Assert.Equal(targetMatched, actual.TargetMatched);
        Assert.Equal(sourceMatched, actual.SourceMatched);
        Assert.Equal(longest, actual.LongestRun);
        Assert.Equal(blocks, actual.EditBlocks);
    }

    /// <summary>DiffPlex run on the words as lines, read the way WordDiff reads it.</summary>
    private static (bool[], bool[], int, int) DiffPlexAnswer(string[] source, string[] target)
    {
        var targetMatched = new bool[target.Length];
        var sourceMatched = new bool[source.Length];
        if (source.Length == 0 || target.Length == 0) return (targetMatched, sourceMatched, 0, 0);
        var diff = Differ.Instance.CreateLineDiffs(string.Join('\n', source), string.Join('\n', target), false);
        int a = 0, b = 0, longest = 0;
        foreach (var block in diff.DiffBlocks.Append(new DiffPlex.Model.DiffBlock(source.Length, 0, target.Length, 0)))
        {
            var equal = block.DeleteStartA - a;
            for (var k = 0; k < equal; k++) sourceMatched[a + k] = targetMatched[b + k] = true;
            longest = Math.Max(longest, equal);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        return (targetMatched, sourceMatched, longest, diff.DiffBlocks.Count);
    }
}
