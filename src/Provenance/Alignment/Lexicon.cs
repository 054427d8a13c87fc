using System.Collections.Concurrent;
using Provenance.Normalization;

namespace Provenance.Alignment;

/// <summary>
/// WordNet's lemmas and synonyms for the sentence-pair features (<c>data/wordlists/synonyms.tsv</c> and
/// <c>word-forms.tsv</c>, built by <c>bench/wordnet-synonyms.sh</c>): the candidate lemmas of a word
/// (irregular forms from WordNet's exception lists, regular ones by WordNet's suffix rules) and whether
/// two words share a synset.
/// </summary>
public sealed class Lexicon
{
    public const string SynonymsFile = "synonyms.tsv";
    public const string WordFormsFile = "word-forms.tsv";

    // WordNet's "morphy" detachment rules of nouns, verbs and adjectives: suffix, replacement.
    private static readonly (string Suffix, string Ending)[] SuffixRules =
    [
        ("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"),
        ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("er", "e"), ("est", "e"),
    ];

    private const int MinimumLemmaLength = 3;

    private readonly Dictionary<string, int[]> _synsets;
    private readonly Dictionary<string, string[]> _irregular;

    // A word's lemmas and synsets are asked for again and again (every pair it is in): worked out once.
    private readonly ConcurrentDictionary<string, string[]> _lemmasOf = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]> _synsetsOf = new(StringComparer.Ordinal);

    private Lexicon(Dictionary<string, int[]> synsets, Dictionary<string, string[]> irregular)
    {
        _synsets = synsets;
        _irregular = irregular;
    }

    /// <summary>An empty lexicon: every word is its own only lemma and has no synonyms.</summary>
    public static Lexicon Empty { get; } = new([], []);

    public int SynsetCount => _synsets.Values.SelectMany(s => s).Distinct().Count();

    /// <summary>Loads the two files from a word-list folder, putting every lemma through <paramref name="normalize"/> (the matching form of words).</summary>
    public static Lexicon Load(string directory, Func<string, string> normalize)
    {
        var synsets = new Dictionary<string, List<int>>();
        var id = 0;
        foreach (var fields in Rows(Path.Combine(directory, SynonymsFile)))
        {
            // Part of speech, then two or more lemmas.
            if (fields.Length < 3) throw new FormatException($"{SynonymsFile}: a synset needs a part of speech and two lemmas: '{string.Join('\t', fields)}'.");
            foreach (var lemma in fields.Skip(1).Select(normalize).Where(l => l.Length > 0).Distinct())
            {
                if (!synsets.TryGetValue(lemma, out var list)) synsets[lemma] = list = [];
                list.Add(id);
            }
            id++;
        }
        var irregular = new Dictionary<string, List<string>>();
        foreach (var fields in Rows(Path.Combine(directory, WordFormsFile)))
        {
            if (fields.Length != 2) throw new FormatException($"{WordFormsFile}: expected a form and a lemma: '{string.Join('\t', fields)}'.");
            var form = normalize(fields[0]);
            if (!irregular.TryGetValue(form, out var list)) irregular[form] = list = [];
            list.Add(normalize(fields[1]));
        }
        return new Lexicon(synsets.ToDictionary(p => p.Key, p => p.Value.ToArray()), irregular.ToDictionary(p => p.Key, p => p.Value.ToArray()));
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim('\uFEFF', '\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    /// <summary>The word itself and its possible lemmas: irregular ones from WordNet's lists, regular ones by the suffix rules.</summary>
    public IReadOnlyList<string> Lemmas(string word) => _lemmasOf.GetOrAdd(word, FindLemmas);

    private string[] FindLemmas(string word)
    {
        var lemmas = new List<string> { word };
        if (_irregular.TryGetValue(word, out var irregular)) lemmas.AddRange(irregular);
        foreach (var (suffix, ending) in SuffixRules)
        {
            if (word.Length - suffix.Length + ending.Length < MinimumLemmaLength || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var lemma = string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
            if (!lemmas.Contains(lemma)) lemmas.Add(lemma);
        }
        return [.. lemmas];
    }

    /// <summary>Whether two words may be forms of one lemma ("rose" and "rising", "companies" and "company").</summary>
    public bool SameLemma(string a, string b) => a == b || Lemmas(a).Intersect(Lemmas(b)).Any();

    /// <summary>The synsets of a word's lemmas.</summary>
    public IEnumerable<int> Synsets(string word) =>
        _synsetsOf.GetOrAdd(word, w => [.. Lemmas(w).SelectMany(l => _synsets.GetValueOrDefault(l, [])).Distinct()]);

    /// <summary>Whether a lemma of one word shares a WordNet synset with a lemma of the other ("buy" and "purchased").</summary>
    public bool Synonyms(string a, string b) => Synsets(a).Intersect(Synsets(b)).Any();
}
