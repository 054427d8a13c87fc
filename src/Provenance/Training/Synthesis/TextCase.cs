namespace Provenance.Training.Synthesis;

internal static class TextCase
{
    /// <summary>Gives <paramref name="replacement"/> the casing of <paramref name="original"/> (lower, Capitalised or UPPER).</summary>
    public static string Match(string original, string replacement)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            return replacement.ToUpperInvariant();
        return char.IsUpper(original[0]) ? Capitalize(replacement) : replacement;
    }

    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Uncapitalize(string text) =>
        text.Length == 0 || char.IsLower(text[0]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
