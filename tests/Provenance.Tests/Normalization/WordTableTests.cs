using Provenance.Normalization;

namespace Provenance.Tests.Normalization;

public class WordTableTests
{
    /// <summary>A fold that numbers its calls, so a fold kept by the table is told from one made again.</summary>
    private sealed class CountingFold
    {
        public int Calls { get; private set; }
        public WordFold Fold(string word) => new(Calls++, word.Length, -1, WordFold.Marks.None);
    }

    [Fact]
    public void A_word_met_again_gets_its_first_fold_through_every_growth_until_the_table_is_full()
    {
        var table = new WordTable();
        var folds = new CountingFold();
        var first = new Dictionary<string, WordFold>();
        for (var i = 0; i < WordTable.MaxWords; i++)
        {
            var word = $"w{i}";
            first[word] = table.FoldOf(word, folds.Fold);
            // An early word found again after the table has grown, read from a longer text.
            if (i % 4096 == 0) Assert.Equal(first["w0"], table.FoldOf("w0xyz".AsSpan(0, 2), folds.Fold));
        }
        Assert.Equal(WordTable.MaxWords, table.Count);
        Assert.Equal(WordTable.MaxWords, folds.Calls);
        foreach (var (word, fold) in first.Where((_, i) => i % 97 == 0)) Assert.Equal(fold, table.FoldOf(word, folds.Fold));
        Assert.Equal(WordTable.MaxWords, folds.Calls);

        // Full: a new word is folded every time it is met, and not kept.
        Assert.Equal(WordTable.MaxWords, table.FoldOf("unseen", folds.Fold).Form);
        Assert.Equal(WordTable.MaxWords + 1, table.FoldOf("unseen", folds.Fold).Form);
        Assert.Equal(WordTable.MaxWords, table.Count);
    }

    [Fact]
    public void Words_that_differ_only_in_case_or_length_are_different_entries()
    {
        var table = new WordTable();
        var folds = new CountingFold();
        var words = new[] { "Kim", "kim", "KIM", "Ki", "Kimm", "" };
        var first = words.Select(w => table.FoldOf(w, folds.Fold)).ToArray();
        Assert.Equal(words.Length, first.Distinct().Count());
        Assert.Equal(first, words.Select(w => table.FoldOf(w, folds.Fold)));
        Assert.Equal(words.Length, folds.Calls);
    }
}
