using System.Text.RegularExpressions;

namespace Provenance.Segmentation;

/// <summary>
/// A wire dateline opening a lede: "SEOUL, South Korea (AP) — ", "LONDON, Sept 14 (Reuters) - "
/// or "Seoul, South Korea: ".
/// </summary>
public static partial class Dateline
{
    /// <summary>The length of the dateline <paramref name="paragraph"/> opens with, or 0.</summary>
    public static int Length(string paragraph)
    {
        var match = WireDateline().Match(paragraph);
        if (!match.Success) match = PlaceColonDateline().Match(paragraph);
        return match.Success ? match.Length : 0;
    }

    // The state or country may be abbreviated ("PORTLAND, Ore.", "COMMACK, N.Y."); some wires put a space before the comma.
    [GeneratedRegex(@"^[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3}(?: ?, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: ?, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{2,20}\))? ?[-–—]+ ")]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}: ")]
    private static partial Regex PlaceColonDateline();
}
