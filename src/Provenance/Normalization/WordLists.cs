using System.Collections.Frozen;
using Provenance.Segmentation;

namespace Provenance.Normalization;

/// <summary>
/// The word lists shipped in <c>data/wordlists/</c>: spelling variants, honorifics, abbreviations,
/// equivalent phrases, wire outlets and boilerplate patterns. Keys are lower case.
/// </summary>
public sealed class WordLists
{
    public required FrozenDictionary<string, string> SpellingVariants { get; init; }
    public required FrozenSet<string> Honorifics { get; init; }
    public required FrozenSet<string> Abbreviations { get; init; }
    public required IReadOnlyList<(string[] Phrase, string[] Canonical)> Equivalents { get; init; }
    public required FrozenDictionary<string, string> WireOutlets { get; init; }
    public required BoilerplateMatcher Boilerplate { get; init; }

    public static WordLists Load(string directory)
    {
        string[] Lines(string name) => File.ReadAllLines(Path.Combine(directory, name))
            .Select(line => line.Trim('\uFEFF', ' ', '\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
        static (string, string) Pair(string line)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new FormatException($"Expected two tab-separated fields: '{line}'.");
            return (line[..tab].Trim(), line[(tab + 1)..].Trim());
        }

        var spelling = new Dictionary<string, string>();
        foreach (var (british, american) in Lines("spelling-variants.tsv").Select(Pair))
            spelling.TryAdd(Fold(british), Fold(american));

        var wire = new Dictionary<string, string>();
        foreach (var (canonical, alias) in Lines("wire-outlets.tsv").Select(Pair))
        {
            wire.TryAdd(Fold(alias), canonical);
            wire.TryAdd(Fold(canonical), canonical);
        }

        return new WordLists
        {
            SpellingVariants = spelling.ToFrozenDictionary(),
            Honorifics = Lines("honorifics.txt").Select(h => Fold(h).TrimEnd('.')).ToFrozenSet(),
            Abbreviations = Lines("abbreviations.txt").Select(a => Fold(a).TrimEnd('.')).ToFrozenSet(),
            Equivalents = Lines("equivalents.tsv").Select(Pair)
                .Select(p => (Words(p.Item1), Words(p.Item2)))
                .Where(p => p.Item1.Length > 0)
                .ToList(),
            WireOutlets = wire.ToFrozenDictionary(),
            Boilerplate = new BoilerplateMatcher(Lines("boilerplate.txt")),
        };
    }

    private static string Fold(string text) => text.Trim().ToLowerInvariant().Replace('’', '\'');

    private static string[] Words(string phrase) => Fold(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
