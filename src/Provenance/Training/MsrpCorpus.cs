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
    /// <param name="rarity">Word rarity from <see cref="WordRarity"/> over the training split, or null.</param>
    public static List<FeatureRow> Read(string path, Normalizer normalizer, WordRarity? rarity = null)
    {
        var rows = new List<FeatureRow>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 5 || fields[0].Trim('\uFEFF') is not ("0" or "1")) continue;
            rows.Add(new FeatureRow
            {
                Features = SentencePairFeatures.Extract(Tokens(fields[3], normalizer), Tokens(fields[4], normalizer), rarity),
                Label = fields[0].Trim('\uFEFF') == "1",
            });
        }
        return rows;
    }

    /// <summary>The rarity of the words of a split's sentences (the training split's, for both splits).</summary>
    public static WordRarity WordRarity(string path, Normalizer normalizer) =>
        Alignment.WordRarity.Of(File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 5)
            .SelectMany(fields => new[] { fields[3], fields[4] })
            .Select(sentence => Tokens(sentence, normalizer).Select(t => t.Normal)));

    private static List<Token> Tokens(string sentence, Normalizer normalizer)
    {
        var text = SourceText.From(sentence);
        return normalizer.Normalize(text, text.FullSpan);
    }
}
