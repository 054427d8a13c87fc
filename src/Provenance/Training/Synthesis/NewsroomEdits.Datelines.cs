using System.Globalization;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

public static partial class NewsroomEdits
{
    private static readonly (string City, string Country)[] DatelinePlaces =
    [
        ("Seoul", "South Korea"), ("Washington", "United States"), ("London", "Britain"), ("Tokyo", "Japan"),
        ("Brussels", "Belgium"), ("Nairobi", "Kenya"), ("Sydney", "Australia"), ("Frankfurt", "Germany"),
        ("Lima", "Peru"), ("Jakarta", "Indonesia"),
    ];

    private static readonly string[] WireNames = ["Reuters", "AP", "AFP"];

    public static bool HasDateline(string paragraph) =>
        WireDatelineRegex().IsMatch(paragraph) || PlaceColonDatelineRegex().IsMatch(paragraph);

    /// <summary>
    /// Removes a leading "CITY, Month Day - ", "CITY (Reuters) - " or "Seoul, South Korea: " dateline.
    /// </summary>
    public static string CutDateline(string paragraph)
    {
        var dateline = WireDatelineRegex().Match(paragraph);
        if (!dateline.Success)
            dateline = PlaceColonDatelineRegex().Match(paragraph);
        return dateline.Success ? TextCase.Capitalize(paragraph[dateline.Length..]) : paragraph;
    }

    /// <summary>Prefixes a dateline in one of the common forms, unless the paragraph already has one.</summary>
    public static string AddDateline(string paragraph, Random random, DateTimeOffset? published = null)
    {
        if (HasDateline(paragraph))
            return paragraph;

        var (city, country) = DatelinePlaces[random.Next(DatelinePlaces.Length)];
        string dateline = random.Next(3) switch
        {
            0 when published is { } date =>
                $"{city.ToUpperInvariant()}, {date.ToString("MMM d", CultureInfo.InvariantCulture)} - ",
            0 or 1 => $"{city.ToUpperInvariant()} ({WireNames[random.Next(WireNames.Length)]}) - ",
            _ => $"{city}, {country}: ",
        };
        return dateline + paragraph;
    }

    [GeneratedRegex(@"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z ]{2,20}\))? [-–—]+ ")]
    private static partial Regex WireDatelineRegex();

    [GeneratedRegex(@"^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}: ")]
    private static partial Regex PlaceColonDatelineRegex();
}
