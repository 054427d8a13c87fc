using CsCheck;
using Provenance.Segmentation;
using Provenance.Text;

namespace Provenance.Tests.Segmentation;

/// <summary>Whatever the text, segmentation yields ordered, disjoint, non-empty spans that cover its words, and never throws.</summary>
public class SegmenterPropertyTests
{
    private static readonly Segmenter Segmenter = new(TestData.Words);

    /// <summary>News-like text (sentence ends, abbreviations, quotes, every kind of line end) and arbitrary strings.</summary>
    internal static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Char["aZ .!?…\"“”’'()\n\r\t\u00A0U.S.Mr3"].Array[0, 300].Select(chars => new string(chars)),
        Gen.OneOf(Gen.Const("Mr. Kim"), Gen.Const("said."), Gen.Const(" "), Gen.Const("U.S."), Gen.Const("\n\n"), Gen.Const("\r"),
                  Gen.Const("\r\n"), Gen.Const("“Yes.”"), Gen.Const("3.5"), Gen.Const("He"), Gen.Const("F."), Gen.Const("Lt. Gen."))
            .Array[0, 60].Select(parts => string.Concat(parts)));

    [Fact]
    public void Paragraph_and_sentence_spans_cover_the_text_in_order_without_overlap_or_empties()
    {
        Texts.Sample(text =>
        {
            var article = TestData.Article("p", text);
            var segmented = Segmenter.Segment(article);
            var body = article.Body;
            var previousEnd = 0;
            foreach (var paragraph in segmented.Paragraphs)
            {
                Assert.True(paragraph.Span.Start >= previousEnd, "paragraphs overlap or are out of order");
                Assert.False(body.AsSpan(paragraph.Span).IsWhiteSpace());
                Assert.NotEmpty(paragraph.Sentences);
                var sentenceEnd = paragraph.Span.Start;
                foreach (var sentence in paragraph.Sentences)
                {
                    Assert.True(sentence.Span.Start >= sentenceEnd, "sentences overlap or are out of order");
                    Assert.True(sentence.Span.Length > 0, "empty sentence");
                    Assert.False(body.AsSpan(sentence.Span).IsWhiteSpace(), "blank sentence");
                    Assert.True(body.AsSpan(TextSpan.FromBounds(sentenceEnd, sentence.Span.Start)).IsWhiteSpace(), "text lost between sentences");
                    sentenceEnd = sentence.Span.End;
                }
                Assert.Equal(paragraph.Sentences[0].Span.Start, paragraph.Span.Start);
                Assert.Equal(paragraph.Sentences[^1].Span.End, paragraph.Span.End);
                previousEnd = paragraph.Span.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Every_non_blank_character_is_in_a_paragraph_unless_it_is_boilerplate()
    {
        Texts.Sample(text =>
        {
            var spans = ParagraphSplitter.Split(SourceText.From(text));
            var covered = new bool[text.Length];
            foreach (var span in spans)
                for (var i = span.Start; i < span.End; i++) covered[i] = true;
            for (var i = 0; i < text.Length; i++)
                Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"character {i} '{text[i]}' is in no paragraph");
        }, iter: 2000);
    }
}
