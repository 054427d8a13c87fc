using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

/// <summary>
/// Good-enough sentence splitting for the synthetic edits: a break after ".", "!" or "?" (and an optional
/// closing quote) followed by a capital letter, unless the word before it is a known abbreviation or initials.
/// </summary>
internal static partial class RoughSentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.",
         "Corp.", "Inc.", "Co.", "Ltd.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.",
         "Nov.", "Dec.", "vs.", "Jr.", "Sr."],
        StringComparer.Ordinal);

    public static ImmutableArray<string> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<string>();
        int start = 0;
        foreach (Match boundary in BoundaryRegex().Matches(text))
        {
            if (EndsWithAbbreviation(text.AsSpan(start, boundary.Index - start)))
                continue;
            sentences.Add(text[start..boundary.Index]);
            start = boundary.Index + boundary.Length;
        }

        if (start < text.Length)
            sentences.Add(text[start..]);
        return sentences.ToImmutable();
    }

    public static string Join(IEnumerable<string> sentences) => string.Join(' ', sentences);

    private static bool EndsWithAbbreviation(ReadOnlySpan<char> sentence)
    {
        var lastWord = sentence[(sentence.LastIndexOf(' ') + 1)..].ToString();
        return Abbreviations.Contains(lastWord) || InitialsRegex().IsMatch(lastWord);
    }

    [GeneratedRegex("""(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])""")]
    private static partial Regex BoundaryRegex();

    [GeneratedRegex(@"^\(?(?:[A-Z]\.)+$")]
    private static partial Regex InitialsRegex();
}
