namespace Provenance.Tracing;

/// <summary>Whether a paragraph was written here, copied whole (with light edits), or copied in part.</summary>
public enum ParagraphStatus
{
    Original,
    Copied,
    Partial,
}
