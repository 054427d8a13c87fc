using Provenance.Normalization;

namespace Provenance.Tests.Normalization;

public class WordPoolTests
{
    [Fact]
    public void A_word_seen_again_gets_its_first_entry_through_every_growth_until_the_pool_is_full()
    {
        var pool = new WordPool();
        var first = new Dictionary<string, PooledWord>();
        for (var i = 0; i < WordPool.MaxWords; i++)
        {
            var word = $"w{i}";
            var entry = pool.Get(word.AsSpan())!;
            Assert.Equal(word, entry.Text);
            first[word] = entry;
            // An early word found again after the table has grown.
            if (i % 4096 == 0) Assert.Same(first["w0"], pool.Get("w0xyz".AsSpan(0, 2)));
        }
        Assert.Equal(WordPool.MaxWords, pool.Count);
        foreach (var (word, entry) in first.Where((_, i) => i % 97 == 0)) Assert.Same(entry, pool.Get(word.AsSpan()));
        Assert.Null(pool.Get("unseen".AsSpan()));
        Assert.Equal(WordPool.MaxWords, pool.Count);
    }

    [Fact]
    public void Words_that_differ_only_in_case_or_length_are_different_entries()
    {
        var pool = new WordPool();
        var words = new[] { "Kim", "kim", "KIM", "Ki", "Kimm", "" };
        var entries = words.Select(w => pool.Get(w.AsSpan())!).ToArray();
        Assert.Equal(words, entries.Select(e => e.Text));
        Assert.Equal(words.Length, entries.Distinct().Count());
    }
}
