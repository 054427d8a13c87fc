using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>Applies a random mix of newsroom edits to the paragraphs an outlet takes over from its source.</summary>
internal sealed class CopyEditor
{
    private readonly Random _random;
    private readonly OriginalTextSource _originals;

    // Scales every edit probability, so that some copies are light and others moderately reworked.
    private readonly double _heaviness;

    public CopyEditor(Random random, OriginalTextSource originals)
    {
        _random = random;
        _originals = originals;
        _heaviness = 0.3 + random.NextDouble();
    }

    public ImmutableArray<DraftParagraph> Edit(ImmutableArray<DraftParagraph> paragraphs, CopyOutlet outlet, DateTimeOffset? published)
    {
        paragraphs = Restructure(paragraphs);
        paragraphs = RedoDateline(paragraphs, published);
        paragraphs = [.. paragraphs.Select(Reword)];
        paragraphs = AddOriginalText(paragraphs);
        paragraphs = ApplyHouseStyle(paragraphs, outlet);
        return outlet.Honorifics ? AddHonorifics(paragraphs) : paragraphs;
    }

    private bool Chance(double probability) => _random.NextDouble() < probability * _heaviness;

    private ImmutableArray<DraftParagraph> Restructure(ImmutableArray<DraftParagraph> paragraphs)
    {
        if (paragraphs.Length >= 2 && Chance(0.6))
            paragraphs = ParagraphEdits.Truncate(paragraphs, _random.Next(Math.Max(1, paragraphs.Length / 3), paragraphs.Length));
        if (paragraphs.Length >= 3 && Chance(0.15))
            paragraphs = ParagraphEdits.Drop(paragraphs, _random.Next(1, paragraphs.Length));
        if (Chance(0.2))
            paragraphs = ParagraphEdits.Split(paragraphs, _random.Next(paragraphs.Length), _random);
        if (paragraphs.Length >= 2 && Chance(0.15))
            paragraphs = ParagraphEdits.Merge(paragraphs, _random.Next(paragraphs.Length - 1));
        if (paragraphs.Length >= 3 && Chance(0.1))
        {
            int first = _random.Next(1, paragraphs.Length - 1);
            paragraphs = ParagraphEdits.Swap(paragraphs, first, first + 1);
        }

        return paragraphs;
    }

    private ImmutableArray<DraftParagraph> RedoDateline(ImmutableArray<DraftParagraph> paragraphs, DateTimeOffset? published)
    {
        var lede = paragraphs[0];
        if (NewsroomEdits.HasDateline(lede.Text))
        {
            return Chance(0.8)
                ? paragraphs.SetItem(0, lede.Edited(NewsroomEdits.CutDateline(lede.Text), EditKinds.DatelineCut))
                : paragraphs;
        }

        return Chance(0.15)
            ? paragraphs.SetItem(0, lede.Edited(NewsroomEdits.AddDateline(lede.Text, _random, published), EditKinds.DatelineAdd))
            : paragraphs;
    }

    private DraftParagraph Reword(DraftParagraph paragraph)
    {
        if (paragraph.Label == ParagraphLabels.Original)
            return paragraph;

        if (Chance(0.15))
            paragraph = paragraph.Edited(NewsroomEdits.SaidToToldReporters(paragraph.Text), EditKinds.ToldReporters);
        if (Chance(0.25))
            paragraph = paragraph.Edited(NewsroomEdits.TrimQuote(paragraph.Text), EditKinds.QuoteTrim);
        if (Chance(0.3))
            paragraph = paragraph.Edited(NewsroomEdits.SwapSynonyms(paragraph.Text, _random), EditKinds.Reword);
        if (Chance(0.15))
            paragraph = paragraph.Edited(NewsroomEdits.ReorderClauses(paragraph.Text, _random), EditKinds.ClauseReorder);
        // A partial paragraph might lose its only original sentence.
        if (paragraph.Label == ParagraphLabels.Copied && Chance(0.1))
            paragraph = paragraph.Edited(NewsroomEdits.DeleteSentence(paragraph.Text, _random), EditKinds.SentenceDelete);
        return paragraph;
    }

    private ImmutableArray<DraftParagraph> AddOriginalText(ImmutableArray<DraftParagraph> paragraphs)
    {
        if (Chance(0.35))
            paragraphs = ParagraphEdits.AppendOriginalSentence(paragraphs, _random.Next(paragraphs.Length), _originals.NextSentence());
        if (Chance(0.25))
        {
            int count = _random.Next(1, 3);
            for (int i = 0; i < count; i++)
                paragraphs = ParagraphEdits.InsertOriginal(paragraphs, _random.Next(1, paragraphs.Length + 1), _originals.NextParagraph());
        }

        return paragraphs;
    }

    private static ImmutableArray<DraftParagraph> ApplyHouseStyle(ImmutableArray<DraftParagraph> paragraphs, CopyOutlet outlet)
    {
        if (outlet.BritishSpelling)
            paragraphs = EditAll(paragraphs, NewsroomEdits.ToBritishSpelling, EditKinds.BritishSpelling);
        if (outlet.DotlessAbbreviations)
            paragraphs = EditAll(paragraphs, NewsroomEdits.DropAbbreviationDots, EditKinds.Abbreviations);
        if (outlet.Quotes == QuoteStyle.Curly)
            paragraphs = EditAll(paragraphs, NewsroomEdits.CurlQuotes, EditKinds.Quotes);
        if (outlet.Quotes == QuoteStyle.Straight)
            paragraphs = EditAll(paragraphs, NewsroomEdits.StraightenQuotes, EditKinds.Quotes);
        if (outlet.Percent is { } percentStyle)
            paragraphs = EditAll(paragraphs, text => NewsroomEdits.RestylePercent(text, percentStyle), EditKinds.Percent);
        return paragraphs;
    }

    private ImmutableArray<DraftParagraph> AddHonorifics(ImmutableArray<DraftParagraph> paragraphs)
    {
        var texts = NewsroomEdits.AddHonorifics([.. paragraphs.Select(paragraph => paragraph.Text)], _random);
        return [.. paragraphs.Select((paragraph, index) => paragraph.Edited(texts[index], EditKinds.Honorifics))];
    }

    private static ImmutableArray<DraftParagraph> EditAll(
        ImmutableArray<DraftParagraph> paragraphs, Func<string, string> edit, string kind) =>
        [.. paragraphs.Select(paragraph => paragraph.Edited(edit(paragraph.Text), kind))];
}
