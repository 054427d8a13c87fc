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
    public static List<FeatureRow> Read(string path, Normalizer normalizer)
    {
        var rows = new List<FeatureRow>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length < 5 || fields[0].Trim('\uFEFF') is not ("0" or "1")) continue;
            rows.Add(new FeatureRow
            {
                Features = SentencePairFeatures.Extract(Tokens(fields[3], normalizer), Tokens(fields[4], normalizer)),
                Label = fields[0].Trim('\uFEFF') == "1",
            });
        }
        return rows;
    }

    private static List<Token> Tokens(string sentence, Normalizer normalizer)
    {
        var text = SourceText.From(sentence);
        return normalizer.Normalize(text, text.FullSpan);
    }
}
