using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>Normalises each sentence of a paragraph, records which tokens belong to which sentence, and counts its house-style marks.</summary>
public sealed class ParagraphTokenizer(Normalizer normalizer)
{
    // Scratch lists, one per thread: a paragraph's words and tokens are copied out once, at their final size.
    [ThreadStatic] private static List<RawWord>? t_words;
    [ThreadStatic] private static List<Token>? t_tokens;

    public TokenizedParagraph Tokenize(SourceText text, Paragraph paragraph)
    {
        var words = t_words ??= [];
        var tokens = t_tokens ??= [];
        words.Clear();
        tokens.Clear();
        WordScanner.ScanInto(text, paragraph.Span, words);
        var ranges = ImmutableArray.CreateBuilder<Range>(paragraph.Sentences.Length);
        var next = 0;
        foreach (var sentence in paragraph.Sentences)
        {
            var first = next;
            while (next < words.Count && words[next].Span.Start < sentence.Span.End) next++;
            var start = tokens.Count;
            normalizer.NormalizeInto(CollectionsMarshal.AsSpan(words)[first..next], tokens);
            ranges.Add(start..tokens.Count);
        }
        return new TokenizedParagraph(paragraph, ImmutableCollectionsMarshal.AsImmutableArray(tokens.ToArray()), ranges.MoveToImmutable())
        {
            Style = normalizer.StyleOf(CollectionsMarshal.AsSpan(words)),
        };
    }
}
