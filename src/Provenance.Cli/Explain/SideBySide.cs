namespace Provenance.Cli.Explain;

/// <summary>
/// Lays out two marked texts in columns for a terminal. Marks are always written as
/// <c>[-source only-]</c> and <c>{+copy only+}</c> (as git's word diff), so they survive redirection;
/// on a colour terminal the marked words are also red or green.
/// </summary>
public sealed class SideBySide(int width, bool color)
{
    private const string Gutter = " │ ";

    public IEnumerable<string> Render(string leftTitle, IReadOnlyList<IReadOnlyList<MarkedRun>> left, string rightTitle, IReadOnlyList<IReadOnlyList<MarkedRun>> right)
    {
        var column = Math.Max(20, (width - Gutter.Length) / 2);
        var leftLines = Lines(leftTitle, left, column);
        var rightLines = Lines(rightTitle, right, column);
        for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
        {
            var (l, lWidth) = i < leftLines.Count ? leftLines[i] : ("", 0);
            var r = i < rightLines.Count ? rightLines[i].Text : "";
            yield return (l + new string(' ', column - lWidth) + Gutter + r).TrimEnd();
        }
    }

    /// <summary>The title, then each block word-wrapped to <paramref name="column"/> visible characters, blocks a blank line apart.</summary>
    private List<(string Text, int Width)> Lines(string title, IReadOnlyList<IReadOnlyList<MarkedRun>> blocks, int column)
    {
        var lines = new List<(string, int)> { (title.Length > column ? title[..column] : title, Math.Min(title.Length, column)) };
        foreach (var block in blocks)
        {
            lines.Add(("", 0));
            var line = new System.Text.StringBuilder();
            var visible = 0;
            foreach (var (word, shown, glued) in Words(block))
            {
                if (glued)
                {
                    line.Append(word);
                    visible += shown;
                    continue;
                }
                if (visible > 0 && visible + 1 + shown > column)
                {
                    lines.Add((line.ToString(), visible));
                    line.Clear();
                    visible = 0;
                }
                if (visible > 0) { line.Append(' '); visible++; }
                line.Append(word);
                visible += shown;
            }
            if (visible > 0) lines.Add((line.ToString(), visible));
        }
        return lines;
    }

    /// <summary>The block's words with their marks (and colour), each with its visible width and whether it follows the previous word with no space.</summary>
    private IEnumerable<(string Text, int Width, bool Glued)> Words(IReadOnlyList<MarkedRun> block)
    {
        var previousEndsInSpace = true;
        foreach (var run in block)
        {
            var glued = !previousEndsInSpace && run.Text.Length > 0 && !char.IsWhiteSpace(run.Text[0]);
            previousEndsInSpace = run.Text.Length == 0 || char.IsWhiteSpace(run.Text[^1]);
            var words = run.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (open, close, ansi) = run.Mark switch
            {
                Mark.SourceOnly => ("[-", "-]", "\u001b[31m"),
                Mark.CopyOnly => ("{+", "+}", "\u001b[32m"),
                _ => ("", "", ""),
            };
            for (var i = 0; i < words.Length; i++)
            {
                var text = (i == 0 ? open : "") + words[i] + (i == words.Length - 1 ? close : "");
                yield return (color && ansi.Length > 0 ? ansi + text + "\u001b[0m" : text, text.Length, i == 0 && glued);
            }
        }
    }
}
