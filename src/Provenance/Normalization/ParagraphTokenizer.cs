using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Normalization;

/// <summary>Normalises each sentence of a paragraph and records which tokens belong to which sentence.</summary>
public sealed class ParagraphTokenizer(Normalizer normalizer)
{
    public TokenizedParagraph Tokenize(SourceText text, Paragraph paragraph)
    {
        var words = WordScanner.Scan(text, paragraph.Span);
        var tokens = new List<Token>(words.Count);
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
        return new TokenizedParagraph(paragraph, ImmutableCollectionsMarshal.AsImmutableArray(tokens.ToArray()), ranges.MoveToImmutable());
    }
}
