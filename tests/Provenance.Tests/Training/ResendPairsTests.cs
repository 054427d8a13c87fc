using System.Text.Json;
using Provenance.Pipeline;
using Provenance.Training;

namespace Provenance.Tests.Training;

public class ResendPairsTests
{
    private const string Story =
        "The central bank raised its benchmark lending rate by half a point on Tuesday, citing stubborn inflation in food and fuel prices.\n\n" +
        "Governor Maria Lopez told a news conference that the board had voted unanimously and would watch the currency closely in coming weeks.\n\n" +
        "Analysts at three large banks had expected a smaller increase, and the currency rose sharply against the dollar after the announcement.";

    private const string Update =
        Story + "\n\n" +
        "Shares of exporters fell in late trading as investors weighed the impact of a stronger currency on overseas sales this year.";

    private const string Other =
        "Heavy rain flooded several villages in the northern province overnight, forcing hundreds of families from their homes.\n\n" +
        "Rescue teams used boats to reach residents trapped on rooftops, and the regional governor declared a state of emergency.";

    [Fact]
    public void An_update_sent_within_a_day_gives_copied_pairs_and_a_later_or_unrelated_story_none()
    {
        var path = Path.Combine(TestData.TempFolder(), "wire.jsonl");
        File.WriteAllLines(path,
        [
            Line("first", "2024-03-05T09:00:00Z", Story),
            Line("update", "2024-03-05T11:30:00Z", Update),
            Line("week-later", "2024-03-12T09:00:00Z", Update),
            Line("other", "2024-03-05T12:00:00Z", Other),
        ]);

        var pairs = ResendPairs.Build(path, TestData.Words, new PipelineOptions { Threads = 1 });

        Assert.NotEmpty(pairs);
        Assert.All(pairs, p => Assert.True(p.Row.Label));
        Assert.All(pairs, p => Assert.Equal(("update", "first"), (p.TargetId, p.SourceId)));
        Assert.Equal([1, 2, 3], pairs.Select(p => p.TargetParagraph).Distinct().Order());
    }

    private static string Line(string id, string published, string text) =>
        JsonSerializer.Serialize(new { id, outlet = "Wire", published, title = id, text });
}
