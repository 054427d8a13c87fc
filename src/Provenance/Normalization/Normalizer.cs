using System.Buffers;
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
    private readonly Dictionary<string, List<(string[] Phrase, int[] Canonical)>> _phrasesByFirstWord = [];
    private readonly ThreadLocal<Dictionary<string, FoldedWord>> _cache = new(() => new(StringComparer.Ordinal));
    private readonly ThreadLocal<List<(RawWord Word, FoldedWord Folded)>> _kept = new(() => []);

    public Normalizer(WordLists words)
    {
        _words = words;
        foreach (var (phrase, canonical) in words.Equivalents)
        {
            var key = phrase.Select(Key).ToArray();
            if (!_phrasesByFirstWord.TryGetValue(key[0], out var list)) _phrasesByFirstWord[key[0]] = list = [];
            list.Add((key, [.. canonical.Select(NormalForms.NumberOf)]));
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
        var words = _kept.Value!;
        words.Clear();
        for (var i = 0; i < raw.Length; i++)
        {
            var folded = Fold(raw[i]);
            if (folded.IsHonorific && Honorifics.StandsBeforeName(raw[i], i + 1 < raw.Length ? raw[i + 1] : null)) continue;
            words.Add((raw[i], folded));
        }
        var kept = CollectionsMarshal.AsSpan(words);
        for (var i = 0; i < kept.Length;)
        {
            var (word, folded) = kept[i];
            if (folded.StartsPhrase && TryMatchPhrase(kept, i, out var length, out var canonical))
            {
                var span = TextSpan.FromBounds(word.Span.Start, kept[i + length - 1].Word.Span.End);
                foreach (var number in canonical) tokens.Add(new Token(span, number, word.InQuote));
                i += length;
                continue;
            }
            if (folded.Form.Length > 0) tokens.Add(new Token(word.Span, folded.Number, word.InQuote));
            i++;
        }
    }

    /// <summary>
    /// The house-style marks of a paragraph's words, counted as the normaliser meets them: an honorific
    /// before a name is the very word <see cref="NormalizeInto"/> drops (here the next word may be in the
    /// next sentence), and the word's other marks are kept with its fold.
    /// </summary>
    public HouseStyle StyleOf(ReadOnlySpan<RawWord> raw)
    {
        int honorifics = 0, british = 0, dotted = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var folded = Fold(raw[i]);
            if (folded.IsHonorific && Honorifics.StandsBeforeName(raw[i], i + 1 < raw.Length ? raw[i + 1] : null)) honorifics++;
            if (folded.IsBritishSpelling) british++;
            if (folded.IsDottedAbbreviation) dotted++;
        }
        return new HouseStyle(honorifics, british, dotted);
    }

    /// <summary>What a scanned word folds to: kept in the scanner's entry for the word when this normaliser claimed it.</summary>
    private FoldedWord Fold(in RawWord raw)
    {
        if (raw.Pooled?.Folded is FoldedWord kept && ReferenceEquals(kept.Owner, this)) return kept;
        var folded = Fold(raw.Text);
        if (raw.Pooled is { Folded: null } pooled) pooled.Folded = folded;
        return folded;
    }

    /// <summary>What a word as written folds to, remembered per thread (news reuses a small vocabulary).</summary>
    private FoldedWord Fold(string text)
    {
        var cache = _cache.Value!;
        if (cache.TryGetValue(text, out var folded)) return folded;
        var key = Key(text);
        var form = Spell(StripPossessive(key));
        folded = new FoldedWord(key, form, NormalForms.NumberOf(form),
            _phrasesByFirstWord.ContainsKey(key) || _phrasesByFirstWord.ContainsKey(form),
            Honorifics.IsHonorific(text, _words), IsBritishSpelling(text), IsDottedAbbreviation(text), this);
        if (cache.Count < MaxCachedWords) cache[text] = folded;
        return folded;
    }

    /// <summary>Listed as a British spelling, whatever its case or apostrophes.</summary>
    private bool IsBritishSpelling(string word) => _words.SpellingVariants.ContainsKey(word.ToLowerInvariant().Replace('’', '\''));

    /// <summary>Capitals with dots, as in "U.S." (not "US").</summary>
    private static bool IsDottedAbbreviation(string word) => word.Length >= 3 && word.Contains('.') && word.All(c => char.IsUpper(c) || c == '.');

    /// <summary>The normal form of one word on its own (no phrases, no honorific rule).</summary>
    public string NormalizeWord(string word) => Spell(StripPossessive(Key(word)));

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>, each of its words matching a word as
    /// written (<c>there's</c>) or its normal form (<c>b-n</c> and <c>bn's</c> are <c>bn</c>). Matching
    /// normal forms too is what makes normalising twice give the same tokens as normalising once.
    /// </summary>
    private bool TryMatchPhrase(ReadOnlySpan<(RawWord Word, FoldedWord Folded)> words, int start, out int length, out int[] canonical)
    {
        length = 0;
        canonical = [];
        foreach (var first in (ReadOnlySpan<string>)[words[start].Folded.Key, words[start].Folded.Form])
        {
            if (!_phrasesByFirstWord.TryGetValue(first, out var candidates)) continue;
            foreach (var (phrase, replacement) in candidates)
            {
                if (phrase.Length <= length || start + phrase.Length > words.Length) continue;
                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++)
                    matches = words[start + k].Folded.Key == phrase[k] || words[start + k].Folded.Form == phrase[k];
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

    private static readonly SearchValues<char> Stripped = SearchValues.Create("-‐‑',");

    /// <summary>Hyphens and apostrophes go; digit groups lose their commas.</summary>
    private static string Strip(string word)
    {
        if (word.AsSpan().IndexOfAny(Stripped) < 0) return word;
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
            if (c is not ('-' or '‐' or '‑' or '\'' or ',')) builder.Append(c);
        return builder.ToString();
    }

    /// <param name="Key">Lower case, straight apostrophes, no abbreviation dots: how phrases are matched as written.</param>
    /// <param name="StartsPhrase">Whether some equivalent phrase starts with this word (most words need no phrase lookup).</param>
    /// <param name="IsHonorific">Whether the word is a listed honorific (dropped when it stands before a name).</param>
    /// <param name="Number">The number of <paramref name="Form"/> in <see cref="NormalForms"/>.</param>
    /// <param name="IsBritishSpelling">Whether the word as written is a listed British spelling.</param>
    /// <param name="IsDottedAbbreviation">Whether the word is capitals with dots ("U.S.").</param>
    /// <param name="Owner">The normaliser that folded the word (another one's word lists may fold it otherwise).</param>
    private sealed record FoldedWord(string Key, string Form, int Number, bool StartsPhrase, bool IsHonorific,
        bool IsBritishSpelling, bool IsDottedAbbreviation, Normalizer Owner);
}
