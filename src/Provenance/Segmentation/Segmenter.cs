using System.Collections.Immutable;
using Provenance.Corpus;
using Provenance.Normalization;

namespace Provenance.Segmentation;

/// <summary>Segments an article into body paragraphs and sentences, leaving out boilerplate paragraphs.</summary>
public sealed class Segmenter(SentenceSplitter sentences, BoilerplateMatcher boilerplate)
{
    public Segmenter(WordLists words) : this(new SentenceSplitter(words.Abbreviations, words.Honorifics), words.Boilerplate)
    {
    }

    public SegmentedArticle Segment(Article article)
    {
        var text = article.Body;
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var span in ParagraphSplitter.Split(text))
        {
            if (span.Length <= MaxBoilerplateLength && boilerplate.IsMatch(text.AsSpan(span))) continue;
            var sentenceSpans = sentences.Split(text, span).Select(s => new Sentence(s)).ToImmutableArray();
            paragraphs.Add(new Paragraph(paragraphs.Count, span, sentenceSpans));
        }
        return new SegmentedArticle(article, paragraphs.ToImmutable());
    }

    /// <summary>Credit lines, sign-offs and page furniture are short; a longer paragraph is story text.</summary>
    public const int MaxBoilerplateLength = 1000;
}
