namespace Provenance.Diagnostics;

/// <summary>Where a problem is: a file and a 1-based line, and a 1-based column when known.</summary>
public sealed record Location(string Path, int Line, int? Column = null)
{
    public static Location File(string path) => new(path, 0);

    public override string ToString() => (Line, Column) switch
    {
        (0, _) => Path,
        (_, null) => $"{Path}({Line})",
        _ => $"{Path}({Line},{Column})",
    };
}
