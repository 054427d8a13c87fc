using Provenance.Training;
using Provenance.Training.Synthesis;

namespace Provenance.Tests.State;

/// <summary>A generated corpus of dated articles cut into two nights at the middle day, written as JSON Lines.</summary>
public sealed record NightlyCorpus(string Night1, string Night2, string Both, IReadOnlySet<string> Night2Ids)
{
    public static NightlyCorpus Write(string folder, int articles, int seed)
    {
        var inputs = SynthesisInputs.Load(new SynthesisSources(null, null, null), Math.Max(1, articles / 5), seed);
        var corpus = CorpusSynthesizer.Synthesize(inputs.Bases, inputs.Originals,
            new SynthesisOptions { Seed = seed, ArticleCount = articles - inputs.Bases.Count, UndatedShare = 0 });
        var dated = corpus.Articles.Where(a => a.Published is not null).OrderBy(a => a.Published).ToList();
        var middle = DateOnly.FromDateTime(dated[dated.Count / 2].Published!.Value.UtcDateTime);
        var night1 = dated.Where(a => DateOnly.FromDateTime(a.Published!.Value.UtcDateTime) < middle).ToList();
        var night2 = dated.Except(night1).ToList();
        var paths = new[] { "night1.jsonl", "night2.jsonl", "both.jsonl" }.Select(name => Path.Combine(folder, name)).ToArray();
        Save(paths[0], night1);
        Save(paths[1], night2);
        Save(paths[2], [.. night1, .. night2]);
        return new NightlyCorpus(paths[0], paths[1], paths[2], night2.Select(a => a.Id).ToHashSet());
    }

    private static void Save(string path, IEnumerable<SyntheticArticle> articles)
    {
        using var writer = new StreamWriter(path, false, SyntheticCorpusJsonl.Encoding);
        SyntheticCorpusJsonl.WriteArticles(articles, writer);
    }
}
