using System.Collections.Frozen;
using Provenance.Corpus;

namespace Provenance.Evaluation;

/// <summary>
/// Compares the tool's output with the truth of a synthetic corpus. A named source is correct when it
/// holds the same story text as the true earliest source (it is that source, or a copy of it) and is
/// not published later than it.
/// </summary>
public static class Evaluator
{
    /// <summary>Edits that keep the wording: house style, honorifics, datelines, paragraph moves.</summary>
    public static readonly FrozenSet<string> LightEdits = new[]
    {
        "verbatim", "british_spelling", "abbreviations", "quotes", "percent", "honorifics",
        "dateline_cut", "dateline_add", "merge", "split", "reorder", "chain",
    }.ToFrozenSet();

    /// <summary>Edits that change the wording of a sentence.</summary>
    public static readonly FrozenSet<string> Rewording = new[] { "reword", "clause_reorder" }.ToFrozenSet();

    public static EvaluationReport Evaluate(IReadOnlyList<TruthRow> truth, IReadOnlyList<PredictedRow> output)
    {
        var predicted = output.ToDictionary(r => r.Paragraph);
        var truthByKey = truth.ToDictionary(t => t.Paragraph);
        var published = output.GroupBy(r => r.Paragraph.ArticleId).ToDictionary(g => g.Key, g => g.First().Published);

        int tp = 0, fp = 0, fn = 0, tn = 0, lightTp = 0, lightFn = 0, missing = 0, named = 0, correct = 0, reworded = 0, rewordedFound = 0, sameStatus = 0;
        var perEdit = new Dictionary<string, (int Copies, int Found)>();
        foreach (var row in truth)
        {
            if (!predicted.TryGetValue(row.Paragraph, out var prediction))
            {
                missing++;
                continue;
            }
            var found = prediction.IsCopy;
            switch (row.IsCopy, found)
            {
                case (true, true): tp++; break;
                case (true, false): fn++; break;
                case (false, true): fp++; break;
                default: tn++; break;
            }
            if (!row.IsCopy) continue;
            if (found && prediction.Status == row.Label) sameStatus++;

            if (row.Edits.All(LightEdits.Contains))
            {
                if (found) lightTp++;
                else lightFn++;
            }
            if (row.Edits.Any(Rewording.Contains))
            {
                reworded++;
                if (found) rewordedFound++;
            }
            foreach (var edit in row.Edits.DefaultIfEmpty("verbatim"))
            {
                var (copies, hits) = perEdit.GetValueOrDefault(edit);
                perEdit[edit] = (copies + 1, hits + (found ? 1 : 0));
            }
            if (found && prediction.Source is { } source && row.Source is { } trueSource)
            {
                named++;
                if (HoldsSameStory(source, trueSource, truthByKey) && !IsLater(published, source.ArticleId, trueSource.ArticleId)) correct++;
            }
        }

        return new EvaluationReport(
            truth.Count, missing,
            new Confusion(tp, fp, fn, tn),
            new Confusion(lightTp, fp, lightFn, tn),
            new EditRecall("reworded", reworded, rewordedFound),
            named, correct, sameStatus,
            [.. perEdit.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new EditRecall(p.Key, p.Value.Copies, p.Value.Found))]);
    }

    private static bool HoldsSameStory(ParagraphKey named, ParagraphKey trueSource, Dictionary<ParagraphKey, TruthRow> truth)
    {
        if (named.ArticleId == trueSource.ArticleId) return true;
        return truth.TryGetValue(named, out var row) && row.IsCopy && row.Source?.ArticleId == trueSource.ArticleId;
    }

    private static bool IsLater(Dictionary<string, string> published, string named, string trueSource)
    {
        if (!published.TryGetValue(named, out var a) || !published.TryGetValue(trueSource, out var b)) return false;
        if (!PublishedTime.TryParse(a, out var namedTime) || !PublishedTime.TryParse(b, out var sourceTime)) return false;
        return namedTime.CompareTo(sourceTime) > 0;
    }
}
