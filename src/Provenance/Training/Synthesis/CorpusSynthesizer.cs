using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>
/// Builds a labelled corpus of newsroom copies: the base (wire) articles as they are, copies of them by
/// fictional outlets, copies of those copies, and shared-quote hard negatives. Generated articles are published
/// after what they copy or quote; copies of an undated base article are undated too.
/// </summary>
public static class CorpusSynthesizer
{
    private const string IdPrefix = "syn-";

    /// <param name="baseArticles">The originals; they appear unchanged and are what copies point to.</param>
    /// <param name="originalPool">
    /// Unrelated articles whose paragraphs are used, each at most once, as text the outlets wrote themselves.
    /// They never appear whole, and must not overlap <paramref name="baseArticles"/>.
    /// </param>
    public static SyntheticCorpus Synthesize(
        IReadOnlyList<SyntheticArticle> baseArticles,
        IReadOnlyList<SyntheticArticle> originalPool,
        SynthesisOptions options)
    {
        options.Validate();
        if (baseArticles.Count == 0)
            throw new ArgumentException("At least one base article is needed.", nameof(baseArticles));
        if (baseArticles.Any(article => article.Paragraphs.IsDefaultOrEmpty))
            throw new ArgumentException("Every base article needs at least one paragraph.", nameof(baseArticles));
        if (baseArticles.DistinctBy(article => article.Id, StringComparer.Ordinal).Count() != baseArticles.Count
            || baseArticles.Any(article => article.Id.StartsWith(IdPrefix, StringComparison.Ordinal)))
            throw new ArgumentException($"Base article ids must be unique and must not start with '{IdPrefix}'.", nameof(baseArticles));

        var random = new Random(options.Seed);
        var originals = new OriginalTextSource(originalPool, random);
        var quotations = SharedQuoteWriter.FindQuotations(baseArticles);
        var bases = baseArticles.Select(article => new SynthesizedArticle(article, OriginalDrafts(article))).ToArray();
        var copiesByStory = bases.Select(_ => new List<SynthesizedArticle>()).ToArray();
        var openStories = Enumerable.Range(0, bases.Length).ToList();
        var generated = new List<SynthesizedArticle>(options.ArticleCount);

        for (int i = 1; i <= options.ArticleCount; i++)
        {
            string id = $"{IdPrefix}{i:D6}";
            bool makeCopy = openStories.Count > 0 && (quotations.IsEmpty || random.NextDouble() < options.CopyShare);
            if (makeCopy)
            {
                int pick = random.Next(openStories.Count);
                int story = openStories[pick];
                var copy = Copy(id, bases[story], copiesByStory[story], options, originals, random);
                copiesByStory[story].Add(copy);
                generated.Add(copy);
                if (copiesByStory[story].Count == options.MaxCopiesPerStory)
                    openStories.RemoveAt(pick);
            }
            else if (!quotations.IsEmpty)
            {
                var quotation = quotations[random.Next(quotations.Length)];
                generated.Add(SharedQuoteArticle(id, quotation, bases[quotation.BaseArticle], options, originals, random));
            }
            else
            {
                break;
            }
        }

        return Assemble([.. bases, .. generated]);
    }

    private static SynthesizedArticle Copy(
        string id,
        SynthesizedArticle baseArticle,
        List<SynthesizedArticle> earlierCopies,
        SynthesisOptions options,
        OriginalTextSource originals,
        Random random)
    {
        var source = earlierCopies.Count > 0 && random.NextDouble() < options.ChainShare
            ? earlierCopies[random.Next(earlierCopies.Count)]
            : baseArticle;
        var outlets = CopyOutlet.All.Where(outlet => outlet.Name != source.Article.Outlet).ToArray();
        var outlet = outlets[random.Next(outlets.Length)];
        var published = Later(source.Article.Published ?? baseArticle.Article.Published, options, random);

        var taken = source.Drafts.Select((paragraph, index) => paragraph.CopiedFrom(source.Article.Id, index + 1)).ToImmutableArray();
        var drafts = new CopyEditor(random, originals).Edit(taken, outlet, published);
        var title = source.Article.Title is { } sourceTitle && outlet.BritishSpelling
            ? NewsroomEdits.ToBritishSpelling(sourceTitle)
            : source.Article.Title;
        return new SynthesizedArticle(id, outlet.Name, published, title, drafts);
    }

    private static SynthesizedArticle SharedQuoteArticle(
        string id,
        QuotedStatement quotation,
        SynthesizedArticle quoted,
        SynthesisOptions options,
        OriginalTextSource originals,
        Random random)
    {
        var outlet = CopyOutlet.All[random.Next(CopyOutlet.All.Length)];
        var published = Later(quoted.Article.Published, options, random);
        var drafts = SharedQuoteWriter.WriteArticle(quotation, originals, random);
        return new SynthesizedArticle(id, outlet.Name, published, originals.NextTitle(), drafts);
    }

    private static DateTimeOffset? Later(DateTimeOffset? reference, SynthesisOptions options, Random random)
    {
        var lag = PublicationLag.Draw(random, options.MinLag, options.MaxLag);
        bool undated = random.NextDouble() < options.UndatedShare;
        return undated ? null : reference + lag;
    }

    private static ImmutableArray<DraftParagraph> OriginalDrafts(SyntheticArticle article) =>
        [.. article.Paragraphs.Select(text => DraftParagraph.Original(text))];

    private static SyntheticCorpus Assemble(IReadOnlyList<SynthesizedArticle> articles)
    {
        var ordered = articles
            .OrderBy(article => article.Article.Published is null)
            .ThenBy(article => article.Article.Published)
            .ThenBy(article => article.Article.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new SyntheticCorpus(
            [.. ordered.Select(article => article.Article)],
            [.. ordered.SelectMany(article => article.Drafts.Select((paragraph, index) => paragraph.ToTruth(article.Article.Id, index + 1)))]);
    }
}
