using System.Runtime.InteropServices;
using System.Text;
using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>
/// Turns words as written into normal forms for matching only (the output keeps the original text):
/// honorifics before a name are dropped ("Mr Kim" meets "Kim"); case, curly apostrophes, dots in
/// abbreviations and hyphens are folded ("U.S." meets "US", "co-operation" meets "cooperation");
/// equivalent phrases become one canonical form ("United States", "there's"); possessive 's goes;
/// British spellings become American ones.
/// </summary>
public sealed class Normalizer
{
    // News reuses a small vocabulary: each thread remembers the folded forms of the words it has seen.
    private const int MaxCachedWords = 1 << 18;

    private readonly WordLists _words;
    private readonly Dictionary<string, List<(string[] Phrase, string[] Canonical)>> _phrasesByFirstWord = [];
    private readonly ThreadLocal<Dictionary<string, (string Key, string Form, ulong Hash)>> _cache = new(() => new(StringComparer.Ordinal));

    public Normalizer(WordLists words)
    {
        _words = words;
        foreach (var (phrase, canonical) in words.Equivalents)
        {
            var key = phrase.Select(Key).ToArray();
            if (!_phrasesByFirstWord.TryGetValue(key[0], out var list)) _phrasesByFirstWord[key[0]] = list = [];
            list.Add((key, canonical));
        }
        foreach (var list in _phrasesByFirstWord.Values) list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    public List<Token> Normalize(SourceText text, TextSpan span) => Normalize(CollectionsMarshal.AsSpan(WordScanner.Scan(text, span)));

    public List<Token> Normalize(IReadOnlyList<RawWord> raw) => Normalize(raw.ToArray().AsSpan());

    public List<Token> Normalize(ReadOnlySpan<RawWord> raw)
    {
        var tokens = new List<Token>(raw.Length);
        NormalizeInto(raw, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="raw"/> to <paramref name="tokens"/>.</summary>
    public void NormalizeInto(ReadOnlySpan<RawWord> raw, List<Token> tokens)
    {
        var words = DropHonorifics(raw);
        var keys = new string[words.Count];
        var forms = new string[words.Count];
        var hashes = new ulong[words.Count];
        var cache = _cache.Value!;
        for (var i = 0; i < words.Count; i++)
        {
            if (!cache.TryGetValue(words[i].Text, out var folded))
            {
                var key = Key(words[i].Text);
                var form = Spell(StripPossessive(key));
                folded = (key, form, StableHash.Of(form));
                if (cache.Count < MaxCachedWords) cache[words[i].Text] = folded;
            }
            (keys[i], forms[i], hashes[i]) = folded;
        }
        for (var i = 0; i < words.Count;)
        {
            if (TryMatchPhrase(keys, forms, i, out var length, out var canonical))
            {
                var span = TextSpan.FromBounds(words[i].Span.Start, words[i + length - 1].Span.End);
                foreach (var normal in canonical) tokens.Add(new Token(span, normal, words[i].InQuote));
                i += length;
                continue;
            }
            var form = forms[i];
            if (form.Length > 0) tokens.Add(new Token(words[i].Span, form, words[i].InQuote, hashes[i]));
            i++;
        }
    }

    /// <summary>The normal form of one word on its own (no phrases, no honorific rule).</summary>
    public string NormalizeWord(string word) => Spell(StripPossessive(Key(word)));

    private List<RawWord> DropHonorifics(ReadOnlySpan<RawWord> raw)
    {
        var kept = new List<RawWord>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (Honorifics.StandsBeforeName(raw[i], i + 1 < raw.Length ? raw[i + 1] : null, _words)) continue;
            kept.Add(raw[i]);
        }
        return kept;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>, each of its words matching a word as
    /// written (<c>there's</c>) or its normal form (<c>b-n</c> and <c>bn's</c> are <c>bn</c>). Matching
    /// normal forms too is what makes normalising twice give the same tokens as normalising once.
    /// </summary>
    private bool TryMatchPhrase(string[] keys, string[] forms, int start, out int length, out string[] canonical)
    {
        length = 0;
        canonical = [];
        foreach (var first in (ReadOnlySpan<string>)[keys[start], forms[start]])
        {
            if (!_phrasesByFirstWord.TryGetValue(first, out var candidates)) continue;
            foreach (var (phrase, replacement) in candidates)
            {
                if (phrase.Length <= length || start + phrase.Length > keys.Length) continue;
                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++) matches = keys[start + k] == phrase[k] || forms[start + k] == phrase[k];
                if (!matches) continue;
                length = phrase.Length;
                canonical = replacement;
            }
        }
        return length > 0;
    }

    private string Spell(string word)
    {
        if (_words.SpellingVariants.TryGetValue(word, out var american)) return Strip(american);
        var stripped = Strip(word);
        return _words.SpellingVariants.TryGetValue(stripped, out american) ? Strip(american) : stripped;
    }

    /// <summary>Lower case, straight apostrophes, no dots in words that have letters ("u.s." → "us").</summary>
    private static string Key(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        return lower.Any(char.IsLetter) ? lower.Replace(".", "") : lower;
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    /// <summary>Hyphens and apostrophes go; digit groups lose their commas.</summary>
    private static string Strip(string word)
    {
        if (word.IndexOfAny(['-', '‐', '‑', '\'', ',']) < 0) return word;
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
            if (c is not ('-' or '‐' or '‑' or '\'' or ',')) builder.Append(c);
        return builder.ToString();
    }
}
