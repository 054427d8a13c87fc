using System.Collections.Frozen;

namespace Provenance.Training.Synthesis;

/// <summary>Interchangeable words and phrases (lower case), usable in both directions.</summary>
internal static class Synonyms
{
    private static readonly (string, string)[] Pairs =
    [
        ("said", "stated"), ("increases", "rises"), ("increased", "rose"), ("big", "large"), ("biggest", "largest"),
        ("buy", "purchase"), ("bought", "purchased"), ("buying", "purchasing"), ("plans to", "intends to"),
        ("planned to", "intended to"), ("start", "begin"), ("started", "began"), ("main", "principal"),
        ("need", "require"), ("needs", "requires"), ("show", "indicate"), ("showed", "indicated"),
        ("shows", "indicates"), ("company", "firm"), ("companies", "firms"), ("talks", "negotiations"),
        ("try", "attempt"), ("tried", "attempted"), ("enough", "sufficient"), ("get", "obtain"),
        ("quickly", "rapidly"), ("almost", "nearly"), ("warned", "cautioned"), ("announced", "unveiled"),
        ("officials", "authorities"), ("huge", "vast"), ("allow", "permit"), ("allowed", "permitted"),
        ("help", "assist"), ("fell", "declined"), ("about", "around"), ("because of", "due to"),
        ("expects", "anticipates"), ("expected", "anticipated"), ("agreement", "accord"),
    ];

    public static readonly FrozenDictionary<string, string> Alternatives =
        Pairs.SelectMany(pair => new[] { (pair.Item1, pair.Item2), (pair.Item2, pair.Item1) })
            .ToFrozenDictionary(pair => pair.Item1, pair => pair.Item2, StringComparer.OrdinalIgnoreCase);
}
