using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>A word as written, before normalisation.</summary>
public readonly record struct RawWord(TextSpan Span, string Text, bool InQuote)
{
    /// <summary>The scanner's shared entry for this word, when its pool had room (see <see cref="PooledWord"/>).</summary>
    public PooledWord? Pooled { get; init; }
}
