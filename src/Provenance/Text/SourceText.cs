namespace Provenance.Text;

/// <summary>Immutable text; segments, tokens and alignments refer to it by <see cref="TextSpan"/>.</summary>
public sealed class SourceText
{
    private readonly string _text;
    private int[]? _lineStarts;

    private SourceText(string text) => _text = text;

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    public int Length => _text.Length;
    public char this[int position] => _text[position];
    public TextSpan FullSpan => new(0, _text.Length);

    /// <summary>The whole text.</summary>
    public ReadOnlySpan<char> AsSpan() => _text;

    public ReadOnlySpan<char> AsSpan(TextSpan span) => _text.AsSpan(span.Start, span.Length);
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);
    public override string ToString() => _text;

    public LinePosition GetLinePosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _text.Length);
        var starts = _lineStarts ??= ComputeLineStarts(_text);
        var line = Array.BinarySearch(starts, position);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, position - starts[line]);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (c is '\r' or '\n') starts.Add(i + 1);
        }
        return [.. starts];
    }
}
