namespace Provenance.Normalization;

/// <summary>An honorific that stands before a name ("Mr Kim", "Lt. Gen. Smith"): capitalised, listed, and followed by a capitalised word.</summary>
public static class Honorifics
{
    public static bool StandsBeforeName(RawWord word, RawWord? next, WordLists words) =>
        IsHonorific(word.Text, words) && StandsBeforeName(word, next);

    /// <summary>Whether <paramref name="word"/> is listed, whatever its case or final dot.</summary>
    public static bool IsHonorific(string word, WordLists words) => words.Honorifics.Contains(word.ToLowerInvariant().TrimEnd('.'));

    /// <summary>For a listed honorific: whether it is placed as a title, capitalised and before a capitalised word.</summary>
    public static bool StandsBeforeName(RawWord honorific, RawWord? next) =>
        next is { } name && char.IsUpper(honorific.Text[0]) && char.IsUpper(name.Text[0]);
}
