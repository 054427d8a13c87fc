using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// The texts a synthetic corpus is made from: base (wire) stories to copy and a pool of unrelated
/// articles for the outlets' own paragraphs; real corpora when given, generated text otherwise.
/// Real texts are deduplicated together, so no "original" is secretly a copy of another; the real
/// wire stories not used as bases join the pool, so outlets' own paragraphs stay real text. Wire
/// stories whose datelines were kept apart (Reuters-21578's) get them back, since copies cut them.
/// </summary>
public sealed record SynthesisInputs(IReadOnlyList<SyntheticArticle> Bases, IReadOnlyList<SyntheticArticle> Originals)
{
    private const int MinBaseParagraphs = 3;

    public static SynthesisInputs Load(SynthesisSources sources, int baseCount, int seed)
    {
        var (basePath, datelinesPath, originalsPath) = sources;
        var seen = new HashSet<string>();
        var wire = basePath is null
            ? [.. FallbackText.Generate(seed, baseCount, "wire")]
            : BaseTextLoader.Load(basePath, int.MaxValue, MinBaseParagraphs, seen);
        var originals = originalsPath is null
            ? [.. FallbackText.Generate(seed + 1, baseCount * 2, "own")]
            : BaseTextLoader.Load(originalsPath, int.MaxValue, 1, seen);
        var bases = wire.Take(baseCount).ToList();
        if (datelinesPath is not null) bases = WithDatelines(bases, ReadDatelines(datelinesPath));
        return new SynthesisInputs(bases, [.. originals, .. wire.Skip(baseCount)]);
    }

    private static Dictionary<string, string> ReadDatelines(string path) =>
        File.ReadLines(path)
            .Select(line => line.Split('\t', 2))
            .Where(fields => fields.Length == 2 && fields[1].Trim().Length > 0)
            .GroupBy(fields => fields[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);

    private static List<SyntheticArticle> WithDatelines(List<SyntheticArticle> articles, Dictionary<string, string> datelines) =>
        [.. articles.Select(a => datelines.TryGetValue(a.Id, out var dateline)
            ? a with { Paragraphs = a.Paragraphs.SetItem(0, $"{dateline} {a.Paragraphs[0]}") }
            : a)];

    public string Describe(SynthesisSources sources) =>
        $"base: {Bases.Count} stories from {sources.BasePath ?? "generated text"}" +
        $"{(sources.DatelinesPath is null ? "" : $", datelines from {sources.DatelinesPath}")}; " +
        $"originals: {Originals.Count} articles from {sources.OriginalsPath ?? "generated text"}{(sources.BasePath is null ? "" : " and the unused base stories")}";
}
