using System.Text.RegularExpressions;
using Provenance.Normalization;
using Provenance.Segmentation;

namespace Provenance.Tests.Segmentation;

public class BoilerplateMatcherTests
{
    private static readonly string[] ShippedPatterns = File.ReadAllLines(Path.Combine(DataDirectory.WordLists(DataDirectory.Find()), "boilerplate.txt"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToArray();

    public static TheoryData<string> Paragraphs() =>
    [
        "Image courtesy of US News", "Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci)", "Reuters/John Smith",
        "Getty Images", "AFP via Getty Images", "Reporting by Jane Doe; Editing by John Roe",
        "Jane Doe in Paris contributed to this report.", "© 2026 The Associated Press", "All rights reserved.",
        "(Updates with minister's comments)", "Correction: An earlier version misspelled her name.",
        "Published: 10:32 GMT, 3 May 2026", "Read more: Why the markets fell", "Advertisement", "- - - -",
        "Share this article", "Follow us on Twitter", "Sign up for our morning newsletter", "3 min read",
        "Click here to subscribe", "Comments (12)",
        "The minister said on Tuesday that the talks would resume.", "Photographs of the flood were shared widely.",
        "\"We will not back down,\" she said.", "Shares in the company fell 3% in early trading.",
        "Read the statement in full, the spokesman said, before the vote.", "Follow-up talks are planned for May.",
        "He contributed to this report's findings, the inquiry said, but disputed its conclusions!",
    ];

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Grouped_patterns_agree_with_each_pattern_tried_alone(string paragraph)
    {
        var expected = ShippedPatterns.Any(p => Regex.IsMatch(paragraph, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        Assert.Equal(expected, TestData.Words.Boilerplate.IsMatch(paragraph));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Before_the_automata_are_built_the_interpreter_gives_their_answer(string paragraph)
    {
        var matcher = TestData.Words.Boilerplate;
        _ = matcher.Shape; // waits for the automata, so that IsMatch uses them
        Assert.True(matcher.TryMatchInterpreted(paragraph, out var interpreted));
        Assert.Equal(matcher.IsMatch(paragraph), interpreted);
    }

    [Fact]
    public void The_shipped_list_matches_credits_and_not_story_text()
    {
        Assert.True(TestData.Words.Boilerplate.IsMatch("Reporting by Jane Doe; Editing by John Roe"));
        Assert.True(TestData.Words.Boilerplate.IsMatch("Jane Doe in Paris contributed to this report."));
        Assert.False(TestData.Words.Boilerplate.IsMatch("The minister said on Tuesday that the talks would resume."));
    }

    [Fact]
    public void The_shipped_patterns_without_lookarounds_are_one_automaton() =>
        Assert.Equal(1, TestData.Words.Boilerplate.Shape.Automata);

    [Fact]
    public void Lookarounds_are_matched_by_the_backtracking_engine_and_the_rest_grouped()
    {
        var matcher = new BoilerplateMatcher(["^(?=.{1,20}$)Updated .*$", "^Advertisement$", "^Sponsored$"]);
        Assert.Equal((1, 1), matcher.Shape);
        Assert.True(matcher.IsMatch("updated 10:32"));
        Assert.False(matcher.IsMatch("Updated with the minister's comments on the talks"));
        Assert.True(matcher.IsMatch("SPONSORED"));
        Assert.False(matcher.IsMatch("Sponsored by the state, the fund lent $3bn."));
    }

    [Fact]
    public void A_group_too_large_for_one_automaton_is_split()
    {
        string[] patterns = [.. Enumerable.Range(0, 8).Select(i => $"^(?:[^/.!?()]{{1,1200}}/){{{i + 1}}}x{i}$")];
        var matcher = new BoilerplateMatcher(patterns);
        Assert.True(matcher.Shape.Automata > 1, $"grouped into {matcher.Shape.Automata}");
        Assert.Equal(0, matcher.Shape.Backtracking);
        Assert.True(matcher.IsMatch("ab/cd/x1"));
        Assert.False(matcher.IsMatch("ab/cd/x2"));
    }

    [Fact]
    public void An_invalid_pattern_is_an_argument_error_naming_it()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new BoilerplateMatcher(["^Advertisement$", "^(unclosed", "^Sponsored$"]));
        Assert.Contains("'^(unclosed'", error.Message);
    }

    [Fact]
    public void A_free_spacing_comment_does_not_swallow_the_patterns_after_it()
    {
        var matcher = new BoilerplateMatcher(["(?x) ^ Advertisement $ # a whole line", "^Sponsored$"]);
        Assert.True(matcher.IsMatch("Advertisement"));
        Assert.True(matcher.IsMatch("Sponsored"));
        Assert.False(matcher.IsMatch("Sponsored by the state"));
    }
}
