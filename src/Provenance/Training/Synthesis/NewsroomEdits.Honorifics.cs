using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Provenance.Training.Synthesis;

public static partial class NewsroomEdits
{
    // Capitalised words that start sentences, give a title or name places and bodies: a run holding one of them
    // is not taken for a person's name, and they are never given an honorific.
    private static readonly FrozenSet<string> NotPartOfPersonalName = FrozenSet.ToFrozenSet(
        ["The", "A", "An", "In", "On", "At", "By", "For", "From", "Of", "To", "And", "But", "Or", "If", "When",
         "While", "After", "Before", "As", "It", "Its", "He", "She", "They", "We", "I", "His", "Her", "Their",
         "This", "That", "These", "Those", "There", "Mr", "Ms", "Mrs", "Dr", "President", "Prime", "Minister",
         "Chief", "Executive", "Secretary", "General", "Governor", "Senator", "Mayor", "Director", "Chairman",
         "Spokesman", "Spokeswoman", "King", "Queen", "Prince", "Pope", "Monday", "Tuesday", "Wednesday",
         "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
         "July", "August", "September", "October", "November", "December", "Bank", "Ministry", "Party", "Union",
         "United", "States", "Kingdom", "Nations", "Street", "Exchange", "Corp", "Inc", "Ltd", "Group", "News",
         "Reserve", "Federal", "National", "Central", "Council", "Commission", "Department", "Agency", "Company",
         "Court", "House", "Senate", "Congress", "Committee", "Association", "University", "International",
         "Securities", "North", "South", "East", "West", "New", "City", "Republic", "Democratic", "Organization",
         "Organisation", "World", "Health", "Trade", "European", "Reuters", "Press", "Airlines", "Energy", "Oil"],
        StringComparer.Ordinal);

    /// <summary>
    /// British honorifics: once a two or three word capitalised name ("Kim Jong Un", "Lim Soo-suk") has been
    /// met, a later bare mention of its last word gets "Mr " or "Ms " (drawn once per surname).
    /// </summary>
    public static ImmutableArray<string> AddHonorifics(IReadOnlyList<string> paragraphs, Random random)
    {
        var titleBySurname = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            result.Add(CapitalisedRunRegex().Replace(paragraph, run =>
            {
                var words = run.Value.Split(' ');
                if (words.Length == 1)
                {
                    return titleBySurname.TryGetValue(run.Value, out var title) && !FollowsArticle(paragraph, run.Index)
                        ? $"{title} {run.Value}"
                        : run.Value;
                }

                var name = words.SkipWhile(NotPartOfPersonalName.Contains).ToArray();
                if (name.Length is 2 or 3 && !name.Any(NotPartOfPersonalName.Contains))
                    titleBySurname.TryAdd(name[^1], random.NextDouble() < 0.7 ? "Mr" : "Ms");
                return run.Value;
            }));
        }

        return result.MoveToImmutable();
    }

    private static bool FollowsArticle(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.Equals("the", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:-[A-Za-z]+)?(?: [A-Z][a-z]+(?:-[A-Za-z]+)?)*\b")]
    private static partial Regex CapitalisedRunRegex();
}
