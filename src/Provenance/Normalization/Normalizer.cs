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
    private readonly WordLists _words;
    // The words of the equivalent phrases, numbered: a word's fold carries the numbers of its key and form among them.
    private readonly Dictionary<string, int> _phraseWords = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<(int[] Phrase, int[] Canonical)>> _phrasesByFirstWord = [];
    // News reuses a small vocabulary: each thread keeps the fold of every word it has met.
    private readonly ThreadLocal<WordTable> _tables = new(() => new WordTable());
    private readonly Func<string, WordFold> _fold;

    [ThreadStatic] private static List<FoldedWord>? t_folded;
    [ThreadStatic] private static List<FoldedWord>? t_kept;

    public Normalizer(WordLists words)
    {
        _words = words;
        _fold = Compute;
        foreach (var (phrase, canonical) in words.Equivalents)
        {
            var key = phrase.Select(word => PhraseWord(Key(word))).ToArray();
            if (!_phrasesByFirstWord.TryGetValue(key[0], out var list)) _phrasesByFirstWord[key[0]] = list = [];
            list.Add((key, [.. canonical.Select(NormalForms.NumberOf)]));
        }
        foreach (var list in _phrasesByFirstWord.Values) list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    private int PhraseWord(string key)
    {
        if (!_phraseWords.TryGetValue(key, out var number)) _phraseWords[key] = number = _phraseWords.Count;
        return number;
    }

    public List<Token> Normalize(SourceText text, TextSpan span)
    {
        var scanned = new List<ScannedWord>(span.Length / 5 + 1);
        WordScanner.ScanInto(text.AsSpan(), span, scanned);
        var folded = Scratch(ref t_folded);
        FoldInto(text.AsSpan(), CollectionsMarshal.AsSpan(scanned), folded);
        var tokens = new List<Token>(folded.Count);
        NormalizeInto(CollectionsMarshal.AsSpan(folded), tokens);
        return tokens;
    }

    public List<Token> Normalize(IReadOnlyList<RawWord> raw) => Normalize(raw.ToArray().AsSpan());

    public List<Token> Normalize(ReadOnlySpan<RawWord> raw)
    {
        var folded = Scratch(ref t_folded);
        foreach (var word in raw) folded.Add(new FoldedWord(word.Span, word.InQuote, char.IsUpper(word.Text[0]), Fold(word.Text)));
        var tokens = new List<Token>(raw.Length);
        NormalizeInto(CollectionsMarshal.AsSpan(folded), tokens);
        return tokens;
    }

    /// <summary>Appends each scanned word of <paramref name="text"/> with its fold to <paramref name="folded"/>.</summary>
    internal void FoldInto(ReadOnlySpan<char> text, ReadOnlySpan<ScannedWord> scanned, List<FoldedWord> folded)
    {
        var table = _tables.Value!;
        foreach (var word in scanned)
        {
            var written = text.Slice(word.Span.Start, word.Span.Length);
            folded.Add(new FoldedWord(word.Span, word.InQuote, char.IsUpper(written[0]), table.FoldOf(written, _fold)));
        }
    }

    /// <summary>Appends the tokens of some folded words (a sentence's) to <paramref name="tokens"/>.</summary>
    internal void NormalizeInto(ReadOnlySpan<FoldedWord> words, List<Token> tokens)
    {
        var kept = Scratch(ref t_kept);
        for (var i = 0; i < words.Length; i++)
            if (!StandsBeforeName(words, i)) kept.Add(words[i]);
        var span = CollectionsMarshal.AsSpan(kept);
        for (var i = 0; i < span.Length;)
        {
            var word = span[i];
            if (word.Fold.Has(WordFold.Marks.StartsPhrase) && TryMatchPhrase(span, i, out var length, out var canonical))
            {
                var phrase = TextSpan.FromBounds(word.Span.Start, span[i + length - 1].Span.End);
                foreach (var number in canonical) tokens.Add(new Token(phrase, number, word.InQuote));
                i += length;
                continue;
            }
            if (word.Fold.Form >= 0) tokens.Add(new Token(word.Span, word.Fold.Form, word.InQuote));
            i++;
        }
    }

    /// <summary>
    /// The house-style marks of a paragraph's folded words, counted as the normaliser meets them: an
    /// honorific before a name is the very word <see cref="NormalizeInto"/> drops (here the next word may
    /// be in the next sentence), and the word's other marks are kept with its fold.
    /// </summary>
    internal static HouseStyle StyleOf(ReadOnlySpan<FoldedWord> words)
    {
        int honorifics = 0, british = 0, dotted = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (StandsBeforeName(words, i)) honorifics++;
            if (words[i].Fold.Has(WordFold.Marks.BritishSpelling)) british++;
            if (words[i].Fold.Has(WordFold.Marks.DottedAbbreviation)) dotted++;
        }
        return new HouseStyle(honorifics, british, dotted);
    }

    /// <summary>A listed honorific placed as a title: capitalised, before a capitalised word (<see cref="Honorifics.StandsBeforeName(RawWord, RawWord?)"/>).</summary>
    private static bool StandsBeforeName(ReadOnlySpan<FoldedWord> words, int i) =>
        words[i].Fold.Has(WordFold.Marks.Honorific) && words[i].Capitalised && i + 1 < words.Length && words[i + 1].Capitalised;

    /// <summary>What a word as written folds to, kept by this thread's table.</summary>
    private WordFold Fold(string text) => _tables.Value!.FoldOf(text.AsSpan(), _fold);

    /// <summary>What a word as written folds to, worked out: the table calls this the first time it meets the word.</summary>
    private WordFold Compute(string text)
    {
        var key = Key(text);
        var form = Spell(StripPossessive(key));
        var number = NormalForms.NumberOf(form);
        var marks = WordFold.Marks.None;
        var phraseKey = _phraseWords.GetValueOrDefault(key, -1);
        var phraseForm = _phraseWords.GetValueOrDefault(form, -1);
        if (_phrasesByFirstWord.ContainsKey(phraseKey) || _phrasesByFirstWord.ContainsKey(phraseForm)) marks |= WordFold.Marks.StartsPhrase;
        if (Honorifics.IsHonorific(text, _words)) marks |= WordFold.Marks.Honorific;
        if (IsBritishSpelling(text)) marks |= WordFold.Marks.BritishSpelling;
        if (IsDottedAbbreviation(text)) marks |= WordFold.Marks.DottedAbbreviation;
        return new WordFold(form.Length > 0 ? number : -1, phraseKey, phraseForm, marks);
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
    private bool TryMatchPhrase(ReadOnlySpan<FoldedWord> words, int start, out int length, out int[] canonical)
    {
        length = 0;
        canonical = [];
        foreach (var first in (ReadOnlySpan<int>)[words[start].Fold.PhraseKey, words[start].Fold.PhraseForm])
        {
            if (!_phrasesByFirstWord.TryGetValue(first, out var candidates)) continue;
            foreach (var (phrase, replacement) in candidates)
            {
                if (phrase.Length <= length || start + phrase.Length > words.Length) continue;
                var matches = true;
                for (var k = 1; k < phrase.Length && matches; k++)
                    matches = words[start + k].Fold.PhraseKey == phrase[k] || words[start + k].Fold.PhraseForm == phrase[k];
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


    private static List<FoldedWord> Scratch(ref List<FoldedWord>? list)
    {
        list ??= [];
        list.Clear();
        return list;
    }
}
