namespace Provenance.Normalization;

/// <summary>An honorific that stands before a name ("Mr Kim", "Lt. Gen. Smith"): capitalised, listed, and followed by a capitalised word.</summary>
public static class Honorifics
{
    public static bool StandsBeforeName(RawWord word, RawWord? next, WordLists words) =>
        next is { } name
        && char.IsUpper(word.Text[0])
        && char.IsUpper(name.Text[0])
        && words.Honorifics.Contains(word.Text.ToLowerInvariant().TrimEnd('.'));
}
