using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>Made-up but news-like wire stories, for running the synthesizer without a real corpus.</summary>
public static class FallbackText
{
    private static readonly string[] WireOutlets = ["AP", "Reuters", "AFP"];
    private static readonly DateTimeOffset FirstDay = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Generates <paramref name="count"/> dated wire stories of 4 to 12 paragraphs, each of 1 to 3 sentences,
    /// with ids "<paramref name="idPrefix"/>-0001" and on. The same seed gives the same stories.
    /// </summary>
    public static ImmutableArray<SyntheticArticle> Generate(int seed, int count, string idPrefix = "wire")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        return [.. Enumerable.Range(1, count).Select(number => Article($"{idPrefix}-{number:D4}", random))];
    }

    internal static string Paragraph(Random random) => BodyParagraph(new FallbackStoryWriter(random), random);

    internal static string Title(Random random) => new FallbackStoryWriter(random).Title();

    private static SyntheticArticle Article(string id, Random random)
    {
        var writer = new FallbackStoryWriter(random);
        var outlet = WireOutlets[random.Next(WireOutlets.Length)];
        var published = FirstDay.AddMinutes(random.Next(365 * 24 * 60));
        var title = writer.Title();
        var dateline = random.Next(2) == 0 ? writer.Dateline(outlet) : "";
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        paragraphs.Add(dateline + writer.Lede());
        int count = random.Next(4, 13);
        while (paragraphs.Count < count)
            paragraphs.Add(BodyParagraph(writer, random));
        return new SyntheticArticle(id, outlet, published, title, paragraphs.ToImmutable());
    }

    private static string BodyParagraph(FallbackStoryWriter writer, Random random) =>
        RoughSentenceSplitter.Join(Enumerable.Range(0, random.Next(1, 4)).Select(_ => writer.BodySentence()));
}
