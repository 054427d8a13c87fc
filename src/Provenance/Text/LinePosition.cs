namespace Provenance.Text;

/// <summary>A 0-based line and character position; shown 1-based.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
