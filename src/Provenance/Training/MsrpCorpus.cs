using Provenance.Alignment;
using Provenance.Normalization;
using Provenance.Scoring;
using Provenance.Text;

namespace Provenance.Training;

/// <summary>
/// Reads the Microsoft Research Paraphrase Corpus split files (<c>Quality, #1 ID, #2 ID, #1 String,
/// #2 String</c>, tab-separated, with a header) into labelled sentence-pair feature rows.
/// </summary>
public static class MsrpCorpus
{
    /// <param name="context">Word rarity and n-gram information over the training split (<see cref="Context"/>) and the lexicon, or null.</param>
    /// <param name="bothOrders">Also add each pair with its sentences swapped (the corpus's order means nothing).</param>
    /// <param name="capitals">Tell the features which words are capitalised (names); analysis cannot (<see cref="AlignedSentenceFeatures"/>).</param>
    public static List<FeatureRow> Read(string path, Normalizer normalizer, SentencePairFeatures.Context? context = null, bool bothOrders = false, bool capitals = true)
    {
        var rows = new List<FeatureRow>();
        foreach (var (label, first, second) in Pairs(path))
        {
            var (a, b) = (Tokens(first, normalizer), Tokens(second, normalizer));
            var (textA, textB) = capitals ? (first, second) : (null, null);
            rows.Add(new FeatureRow { Features = SentencePairFeatures.Extract(a, b, context, textA, textB), Label = label });
            if (bothOrders) rows.Add(new FeatureRow { Features = SentencePairFeatures.Extract(b, a, context, textB, textA), Label = label });
        }
        return rows;
    }

    /// <summary>What the features learn from a split (the training split's, for both splits): word rarity and NIST n-gram information.</summary>
    public static SentencePairFeatures.Context Context(string path, Normalizer normalizer, Lexicon? lexicon)
    {
        var sentences = Pairs(path)
            .SelectMany(pair => new[] { pair.First, pair.Second })
            .Select(sentence => (IReadOnlyList<string>)[.. Tokens(sentence, normalizer).Select(t => t.Normal)])
            .ToList();
        return new SentencePairFeatures.Context(Alignment.WordRarity.Of(sentences), NgramInformation.Of(sentences), lexicon);
    }

    /// <summary>The rarity of the words of a split's sentences (the training split's, for both splits).</summary>
    public static WordRarity WordRarity(string path, Normalizer normalizer) => Context(path, normalizer, null).Rarity!;

    private static IEnumerable<(bool Label, string First, string Second)> Pairs(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 5 || fields[0].Trim('\uFEFF') is not ("0" or "1")) continue;
            yield return (fields[0].Trim('\uFEFF') == "1", fields[3], fields[4]);
        }
    }

    private static List<Token> Tokens(string sentence, Normalizer normalizer)
    {
        var text = SourceText.From(sentence);
        return normalizer.Normalize(text, text.FullSpan);
    }
}
