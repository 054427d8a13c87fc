namespace Provenance.Training.Synthesis;

internal enum QuoteStyle
{
    Unchanged,
    Curly,
    Straight,
}
