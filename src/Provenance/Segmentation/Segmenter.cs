using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Provenance.Corpus;
using Provenance.Normalization;
using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>Segments an article into body paragraphs and sentences, leaving out boilerplate paragraphs.</summary>
public sealed class Segmenter(SentenceSplitter sentences, BoilerplateMatcher boilerplate)
{
    // Scratch lists, one per thread: an article's spans are copied out once, at their final size.
    [ThreadStatic] private static List<TextSpan>? t_paragraphSpans;
    [ThreadStatic] private static List<TextSpan>? t_sentenceSpans;
    [ThreadStatic] private static List<Paragraph>? t_paragraphs;

    public Segmenter(WordLists words) : this(new SentenceSplitter(words.Abbreviations, words.Honorifics), words.Boilerplate)
    {
    }

    public SegmentedArticle Segment(Article article)
    {
        var text = article.Body.AsSpan();
        var spans = Scratch(ref t_paragraphSpans);
        var paragraphs = t_paragraphs ??= [];
        paragraphs.Clear();
        ParagraphSplitter.SplitInto(text, spans);
        foreach (var span in spans)
        {
            if (span.Length <= MaxBoilerplateLength && boilerplate.IsMatch(text.Slice(span.Start, span.Length))) continue;
            var sentenceSpans = Scratch(ref t_sentenceSpans);
            sentences.SplitInto(text, span, sentenceSpans);
            var paragraphSentences = new Sentence[sentenceSpans.Count];
            for (var s = 0; s < paragraphSentences.Length; s++) paragraphSentences[s] = new Sentence(sentenceSpans[s]);
            paragraphs.Add(new Paragraph(paragraphs.Count, span, ImmutableCollectionsMarshal.AsImmutableArray(paragraphSentences)));
        }
        return new SegmentedArticle(article, [.. paragraphs]);
    }

    private static List<TextSpan> Scratch(ref List<TextSpan>? list)
    {
        list ??= [];
        list.Clear();
        return list;
    }

    /// <summary>Credit lines, sign-offs and page furniture are short; a longer paragraph is story text.</summary>
    public const int MaxBoilerplateLength = 1000;
}
