using Provenance.Training.Synthesis;

namespace Provenance.Training;

/// <summary>
/// The texts a synthetic corpus is made from: base (wire) stories to copy and a pool of unrelated
/// articles for the outlets' own paragraphs; real corpora when given, generated text otherwise.
/// Real texts are deduplicated together, so no "original" is secretly a copy of another; the real
/// wire stories not used as bases join the pool, so outlets' own paragraphs stay real text.
/// </summary>
public sealed record SynthesisInputs(IReadOnlyList<SyntheticArticle> Bases, IReadOnlyList<SyntheticArticle> Originals)
{
    private const int MinBaseParagraphs = 3;

    public static SynthesisInputs Load(string? basePath, string? originalsPath, int baseCount, int seed)
    {
        var seen = new HashSet<string>();
        var wire = basePath is null
            ? [.. FallbackText.Generate(seed, baseCount, "wire")]
            : BaseTextLoader.Load(basePath, int.MaxValue, MinBaseParagraphs, seen);
        var originals = originalsPath is null
            ? [.. FallbackText.Generate(seed + 1, baseCount * 2, "own")]
            : BaseTextLoader.Load(originalsPath, int.MaxValue, 1, seen);
        return new SynthesisInputs(wire.Take(baseCount).ToList(), [.. originals, .. wire.Skip(baseCount)]);
    }

    public string Describe(string? basePath, string? originalsPath) =>
        $"base: {Bases.Count} stories from {basePath ?? "generated text"}; " +
        $"originals: {Originals.Count} articles from {originalsPath ?? "generated text"}{(basePath is null ? "" : " and the unused base stories")}";
}
