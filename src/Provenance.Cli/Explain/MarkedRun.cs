using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Cli.Explain;

/// <summary>How a stretch of text compares with the other side: the same, only in the source, or only in the copy.</summary>
public enum Mark
{
    Same,
    SourceOnly,
    CopyOnly,
}

/// <summary>A stretch of a paragraph's text and its mark.</summary>
public readonly record struct MarkedRun(string Text, Mark Mark)
{
    /// <summary>The paragraph at <paramref name="span"/> cut into runs, the <paramref name="marked"/> words (and the punctuation between adjacent ones) marked.</summary>
    public static List<MarkedRun> Split(SourceText body, TextSpan span, IEnumerable<RawWord> marked, Mark mark)
    {
        var runs = new List<MarkedRun>();
        var at = span.Start;
        foreach (var word in marked.Where(w => span.Contains(w.Span)).OrderBy(w => w.Span.Start))
        {
            var between = body.ToString(TextSpan.FromBounds(at, word.Span.Start));
            if (runs.Count > 0 && runs[^1].Mark == mark && !between.Any(char.IsLetterOrDigit))
                runs[^1] = runs[^1] with { Text = runs[^1].Text + between + word.Text };
            else
            {
                if (between.Length > 0) runs.Add(new MarkedRun(between, Mark.Same));
                runs.Add(new MarkedRun(word.Text, mark));
            }
            at = word.Span.End;
        }
        if (at < span.End) runs.Add(new MarkedRun(body.ToString(TextSpan.FromBounds(at, span.End)), Mark.Same));
        return runs;
    }
}
