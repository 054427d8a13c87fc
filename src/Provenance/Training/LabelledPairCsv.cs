using System.Globalization;
using System.Text;
using Provenance.Scoring;

namespace Provenance.Training;

/// <summary>Writes training rows as CSV (ids, label, edits, one column per feature) for inspection.</summary>
public static class LabelledPairCsv
{
    public static void Write(TextWriter writer, IEnumerable<LabelledPair> pairs)
    {
        writer.WriteLine("target_id,target_paragraph,source_id,source_paragraph,label,edits," + string.Join(',', PairFeatures.Names));
        foreach (var pair in pairs)
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"{pair.TargetId},{pair.TargetParagraph},{pair.SourceId},{pair.SourceParagraph},{(pair.Row.Label ? 1 : 0)},{pair.Edits}");
            foreach (var feature in pair.Row.Features) line.Append(CultureInfo.InvariantCulture, $",{feature:0.####}");
            writer.WriteLine(line);
        }
    }
}
