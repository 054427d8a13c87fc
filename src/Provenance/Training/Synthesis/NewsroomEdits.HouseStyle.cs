using System.Text;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

public static partial class NewsroomEdits
{
    private static readonly Regex AmericanSpellingRegex = new(
        $@"\b(?:{string.Join('|', AmericanBritishSpellings.Pairs.Keys.Order(StringComparer.Ordinal))})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Replaces common American spellings with British ones, keeping the case of each word.</summary>
    public static string ToBritishSpelling(string text) =>
        AmericanSpellingRegex.Replace(text, match => TextCase.Match(match.Value, AmericanBritishSpellings.Pairs[match.Value]));

    /// <summary>"U.S." becomes "US", "U.N." becomes "UN" (likewise U.K. and E.U.).</summary>
    public static string DropAbbreviationDots(string text) =>
        DottedAbbreviationRegex().Replace(text, match =>
        {
            var letters = match.Value.Replace(".", "", StringComparison.Ordinal);
            // At the very end the dot also closed the sentence.
            return match.Index + match.Length == text.Length ? letters + "." : letters;
        });

    /// <summary>Turns straight quotes and apostrophes into typographic ones.</summary>
    public static string CurlQuotes(string text)
    {
        var curled = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char previous = i == 0 ? ' ' : text[i - 1];
            bool opens = char.IsWhiteSpace(previous) || previous is '(' or '[' or '—' or '“' or '‘';
            curled.Append(text[i] switch
            {
                '"' => opens ? '“' : '”',
                '\'' => opens && i + 1 < text.Length && char.IsLetter(text[i + 1]) ? '‘' : '’',
                var other => other,
            });
        }

        return curled.ToString();
    }

    public static string StraightenQuotes(string text) =>
        text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'');

    /// <summary>Rewrites "5%", "5 percent", "5 per cent" and "5 pct" in the given style.</summary>
    public static string RestylePercent(string text, PercentStyle style)
    {
        string suffix = style switch
        {
            PercentStyle.Symbol => "%",
            PercentStyle.PerCent => " per cent",
            PercentStyle.Percent => " percent",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
        };
        return PercentRegex().Replace(text, match => match.Groups["number"].Value + suffix);
    }

    [GeneratedRegex(@"\b(?:U\.S|U\.N|U\.K|E\.U)\.")]
    private static partial Regex DottedAbbreviationRegex();

    [GeneratedRegex(@"(?<number>\d+(?:[.,]\d+)*)(?:\s?%|\s+(?:percent|per cent|pct)\b)")]
    private static partial Regex PercentRegex();
}
