using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Tests.State;

/// <summary>
/// A generated corpus cut into two nights at the middle day, written as JSON Lines. Undated articles,
/// and the sources of night 1's articles chosen to arrive late, come on night 2, as a later dump may
/// bring an article published before the ones already stored.
/// </summary>
public sealed record NightlyCorpus(string Night1, string Night2, string Both, IReadOnlySet<string> Night2Ids)
{
    /// <summary>Night 2 cut in two: first its late articles (undated ones and late sources), then the others.</summary>
    public (string Late, string OnTime, IReadOnlySet<string> OnTimeIds) Night2InTwo { get; private init; }

    /// <param name="undatedShare">The share of generated copies without a date.</param>
    /// <param name="lateSources">
    /// How many sources of night 1's articles arrive on night 2 instead: every other one without its
    /// date, the rest back-dated (with their own date, before the stored articles that copied them).
    /// </param>
    public static NightlyCorpus Write(string folder, int articles, int seed, double undatedShare = 0, int lateSources = 0)
    {
        var inputs = SynthesisInputs.Load(new SynthesisSources(null, null, null), Math.Max(1, articles / 5), seed);
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals,
            new SynthesisOptions { Seed = seed, ArticleCount = articles - inputs.Bases.Count, UndatedShare = undatedShare });
        var dated = corpus.Articles.Where(a => a.Published is not null).OrderBy(a => a.Published).ToList();
        var middle = DateOnly.FromDateTime(dated[dated.Count / 2].Published!.Value.UtcDateTime);
        var night1 = dated.Where(a => DateOnly.FromDateTime(a.Published!.Value.UtcDateTime) < middle).ToList();
        var night1Ids = night1.Select(a => a.Id).ToHashSet();
        var late = corpus.Truth
            .Where(t => night1Ids.Contains(t.ArticleId) && t.SourceArticleId is { } source && source != t.ArticleId && night1Ids.Contains(source))
            .Select(t => t.SourceArticleId!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Take(lateSources)
            .Select((id, i) => (id, undated: i % 2 == 0))
            .ToDictionary(p => p.id, p => p.undated);
        var arriving = night1.Where(a => late.ContainsKey(a.Id)).Select(a => late[a.Id] ? a with { Published = null } : a).ToList();
        night1 = [.. night1.Where(a => !late.ContainsKey(a.Id))];
        var night2 = dated.Where(a => !night1Ids.Contains(a.Id)).Concat(arriving).Concat(corpus.Articles.Where(a => a.Published is null)).ToList();
        var onTime = dated.Where(a => !night1Ids.Contains(a.Id)).ToList();
        var paths = new[] { "night1.jsonl", "night2.jsonl", "both.jsonl", "night2-late.jsonl", "night2-on-time.jsonl" }
            .Select(name => Path.Combine(folder, name)).ToArray();
        Save(paths[0], night1);
        Save(paths[1], night2);
        Save(paths[2], [.. night1, .. night2]);
        Save(paths[3], night2.Except(onTime));
        Save(paths[4], onTime);
        return new NightlyCorpus(paths[0], paths[1], paths[2], night2.Select(a => a.Id).ToHashSet())
        {
            Night2InTwo = (paths[3], paths[4], onTime.Select(a => a.Id).ToHashSet()),
        };
    }

    private static void Save(string path, IEnumerable<SyntheticArticle> articles)
    {
        using var writer = new StreamWriter(path, false, SyntheticCorpusJsonl.Encoding);
        SyntheticCorpusJsonl.WriteArticles(articles, writer);
    }
}
