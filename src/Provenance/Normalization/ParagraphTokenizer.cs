using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>Normalises each sentence of a paragraph, records which tokens belong to which sentence, and counts its house-style marks.</summary>
public sealed class ParagraphTokenizer(Normalizer normalizer)
{
    // Scratch lists, one per thread: a paragraph's words and tokens are copied out once, at their final size.
    [ThreadStatic] private static List<ScannedWord>? t_scanned;
    [ThreadStatic] private static List<FoldedWord>? t_folded;
    [ThreadStatic] private static List<Token>? t_tokens;

    public TokenizedParagraph Tokenize(SourceText text, Paragraph paragraph)
    {
        var scanned = t_scanned ??= [];
        var folded = t_folded ??= [];
        var tokens = t_tokens ??= [];
        scanned.Clear();
        folded.Clear();
        tokens.Clear();
        WordScanner.ScanInto(text.AsSpan(), paragraph.Span, scanned);
        normalizer.FoldInto(text.AsSpan(), CollectionsMarshal.AsSpan(scanned), folded);
        var words = CollectionsMarshal.AsSpan(folded);
        var ranges = new Range[paragraph.Sentences.Length];
        var next = 0;
        for (var s = 0; s < ranges.Length; s++)
        {
            var first = next;
            while (next < words.Length && words[next].Span.Start < paragraph.Sentences[s].Span.End) next++;
            var start = tokens.Count;
            normalizer.NormalizeInto(words[first..next], tokens);
            ranges[s] = start..tokens.Count;
        }
        return new TokenizedParagraph(paragraph, ImmutableCollectionsMarshal.AsImmutableArray(tokens.ToArray()), ImmutableCollectionsMarshal.AsImmutableArray(ranges))
        {
            Style = Normalizer.StyleOf(words),
        };
    }
}
