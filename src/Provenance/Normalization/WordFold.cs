namespace Provenance.Normalization;

/// <summary>
/// What a word as written folds to, for one normaliser: its normal form's number in <see cref="NormalForms"/>
/// (-1 when it folds to nothing), the numbers of its key and form among the words of the normaliser's
/// equivalent phrases (-1 when none), and its marks. A value, so that a table of them holds no references.
/// </summary>
internal readonly record struct WordFold(int Form, int PhraseKey, int PhraseForm, WordFold.Marks Flags)
{
    [Flags]
    public enum Marks : byte
    {
        None = 0,
        /// <summary>Some equivalent phrase starts with this word (most words need no phrase look-up).</summary>
        StartsPhrase = 1,
        /// <summary>A listed honorific (dropped when it stands before a name).</summary>
        Honorific = 2,
        /// <summary>A listed British spelling as written.</summary>
        BritishSpelling = 4,
        /// <summary>Capitals with dots ("U.S.").</summary>
        DottedAbbreviation = 8,
    }

    public bool Has(Marks mark) => (Flags & mark) != 0;
}
