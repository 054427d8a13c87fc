using CsCheck;
using Provenance.Indexing;

namespace Provenance.Tests.Indexing;

/// <summary>The index is built a quarter of the shingle values at a time: it must hold exactly what a plain dictionary of postings holds.</summary>
public class ShingleIndexPropertyTests
{
    // Few distinct shingles, spread over every value of the top bits, so that articles share them often.
    private static readonly Gen<ulong> Shingle = Gen.Int[0, 60].Select(i => (ulong)i * 0x0444_4444_4444_4445UL);

    private static readonly Gen<ulong[][]> Corpus =
        Shingle.Array[0, 30].Select(s => s.Distinct().Order().ToArray()).Array[0, 25];

    [Fact]
    public void Holds_the_postings_of_every_shingle_of_two_to_the_cap_articles() =>
        Gen.Select(Corpus, Gen.Int[2, 6]).Sample((corpus, cap) =>
        {
            var options = new IndexOptions { MaxDocumentFrequency = cap };
            var ordinals = Enumerable.Range(0, corpus.Length).Select(i => i * 3).ToArray();
            var expected = corpus.SelectMany((shingles, i) => shingles.Select(s => (Shingle: s, Ordinal: ordinals[i])))
                .GroupBy(p => p.Shingle)
                .Where(g => g.Count() >= 2 && g.Count() <= cap)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Ordinal).Order().ToArray());

            var index = ShingleIndex.Build(corpus, ordinals, options, threads: 2);

            Assert.Equal(expected.Count, index.ShingleCount);
            foreach (var shingle in corpus.SelectMany(s => s).Distinct())
                Assert.Equal(expected.GetValueOrDefault(shingle, []), index.Postings(shingle).ToArray());
        });

    // Shingles of one range of the top bits (all zero), enough to fill it past the size where its pairs are dealt
    // into buckets before sorting: a few thousand values, spread over the bits below the range's.
    private static readonly Gen<ulong[][]> OneFullRange =
        Gen.Int[0, 3000].Select(i => (ulong)i * 0x0000_1234_5678_9ABDUL & 0x00FF_FFFF_FFFF_FFFFUL)
            .Array[300, 600].Select(s => s.Distinct().Order().ToArray()).Array[30, 40];

    [Fact]
    public void A_full_range_is_sorted_in_buckets_and_holds_the_same_postings() =>
        OneFullRange.Sample(corpus =>
        {
            var options = new IndexOptions { MaxDocumentFrequency = 20 };
            var ordinals = Enumerable.Range(0, corpus.Length).ToArray();
            var expected = corpus.SelectMany((shingles, i) => shingles.Select(s => (Shingle: s, Ordinal: i)))
                .GroupBy(p => p.Shingle)
                .Where(g => g.Count() >= 2 && g.Count() <= 20)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Ordinal).Order().ToArray());
            Assert.True(corpus.Sum(s => s.Length) > 4 * 2048);

            var index = ShingleIndex.Build(corpus, ordinals, options, threads: 2);

            Assert.Equal(expected.Count, index.ShingleCount);
            Assert.Equal(expected.Keys.Order(), Enumerable.Range(0, index.ShingleCount).Select(index.ShingleAt));
            foreach (var shingle in corpus.SelectMany(s => s).Distinct())
                Assert.Equal(expected.GetValueOrDefault(shingle, []), index.Postings(shingle).ToArray());
        }, iter: 20);

    [Fact]
    public void Tells_each_article_it_was_built_from_which_of_its_shingles_it_keeps() =>
        Gen.Select(Corpus, Gen.Int[2, 6]).Sample((corpus, cap) =>
        {
            var ordinals = Enumerable.Range(0, corpus.Length).Select(i => i * 2 + 1).ToArray();
            var index = ShingleIndex.Build(corpus, ordinals, new IndexOptions { MaxDocumentFrequency = cap });
            for (var i = 0; i < corpus.Length; i++)
            {
                Assert.True(index.Holds(ordinals[i]));
                Assert.False(index.Holds(ordinals[i] - 1));
                var kept = index.KeptShinglesOf(ordinals[i]).ToArray();
                Assert.Equal(corpus[i].Where(s => !index.Postings(s).IsEmpty), kept.Select(index.ShingleAt));
                Assert.All(kept, id => Assert.Equal(index.Postings(index.ShingleAt(id)).ToArray(), index.PostingsAt(id).ToArray()));
            }
            Assert.False(ShingleIndex.FromPostings([]).Holds(0));
        });

    [Fact]
    public void Releasing_the_shingles_and_the_thread_count_change_nothing() =>
        Corpus.Sample(corpus =>
        {
            var ordinals = Enumerable.Range(0, corpus.Length).ToArray();
            var kept = ShingleIndex.Build(corpus, ordinals, new IndexOptions(), threads: 1);
            var owned = corpus.Select(s => s.ToArray()).ToArray();
            var released = ShingleIndex.Build(owned, ordinals, new IndexOptions(), threads: 3, release: true);

            Assert.All(owned, Assert.Null);
            Assert.Equal(kept.ShingleCount, released.ShingleCount);
            foreach (var shingle in corpus.SelectMany(s => s).Distinct())
                Assert.Equal(kept.Postings(shingle).ToArray(), released.Postings(shingle).ToArray());
        });
}
