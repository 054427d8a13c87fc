namespace Provenance.Normalization;

/// <summary>
/// One distinct word as written, shared by all its occurrences that a thread's scanner meets, with a
/// slot where the first normaliser to fold it keeps the result: the word's second hash look-up (by its
/// text, in the normaliser's own cache) is then a field read.
/// </summary>
public sealed class PooledWord(string text)
{
    public string Text { get; } = text;

    /// <summary>The fold of the normaliser that claimed the slot; written once, as one reference.</summary>
    internal object? Folded { get; set; }
}
