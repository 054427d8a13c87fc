using System.Diagnostics;
using System.Globalization;
using Provenance.State;
using Provenance.StateBench;

// The nightly state's workload on SQLite (the product's StateStore) and on DuckDB (DuckEngine).
// Usage: Provenance.StateBench [measure] --corpus DIR [--work DIR] [--sizes 1000,4000,16000,64000] [--night 1000] [--repeat 3] [--engines sqlite,duckdb]
// DIR holds corpus.jsonl and truth.csv from `provenance synth`. Each engine's state is built night by
// night (the full nightly workload, nothing evicted) up to each size; there the state is copied and
// the next night of --night articles is timed against the copy --repeat times, evicting the oldest
// thirtieth of the state (a 30-night window's steady state).
// `crash --corpus DIR --work DIR --engine duckdb|sqlite [--kills 20]` kills a process mid-commit and checks the state (CrashTest.cs).
var options = new Dictionary<string, string>();
var named = args.Length > 0 && !args[0].StartsWith('-');
var verb = named ? args[0] : "measure";
for (var i = named ? 1 : 0; i + 1 < args.Length; i += 2) options[args[i].TrimStart('-')] = args[i + 1];
if (verb == "crash") return CrashTest.Parent(options);
if (verb == "crash-child") return CrashTest.Child(options);
var corpus = options.GetValueOrDefault("corpus") ?? throw new ArgumentException("--corpus DIR is required");
var work = options.GetValueOrDefault("work") ?? Path.Combine(Path.GetTempPath(), "provenance-statebench");
var sizes = (options.GetValueOrDefault("sizes") ?? "1000,4000,16000,64000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray();
var nightSize = int.Parse(options.GetValueOrDefault("night") ?? "1000", CultureInfo.InvariantCulture);
var repeat = int.Parse(options.GetValueOrDefault("repeat") ?? "3", CultureInfo.InvariantCulture);
var engines = (options.GetValueOrDefault("engines") ?? "sqlite,duckdb").Split(',');

var clock = Stopwatch.StartNew();
var workload = Workload.Load(corpus, sizes[^1] + nightSize);
var total = workload.Shingles.Sum(s => (long)s.Length);
Console.WriteLine($"# {workload.Articles.Count} articles loaded and shingled in {clock.Elapsed.TotalSeconds:F1} s: " +
    $"{total / (double)workload.Articles.Count:F0} shingles and {workload.LinksOf.Average(l => l.Count):F2} copied paragraphs an article");

var results = new List<(string Engine, int Size, double MB, double BuildSeconds, List<NightResult> Nights)>();
foreach (var name in engines)
{
    var build = Path.Combine(work, name, "build");
    // --reuse true: time the nights against the states an earlier run left in --work (no build figures).
    var reuse = options.GetValueOrDefault("reuse") == "true";
    if (!reuse && Directory.Exists(Path.Combine(work, name))) Directory.Delete(Path.Combine(work, name), recursive: true);
    var position = reuse ? sizes[^1] : 0;
    var buildSeconds = 0.0;
    foreach (var size in sizes)
    {
        using (var engine = Engines.Open(name, build))
            for (; position < size; position += nightSize)
            {
                var night = Night.Run(engine, workload, position, Math.Min(nightSize, size - position), cutoff: 0);
                buildSeconds += night.Total;
            }
        var mb = Engines.Bytes(build) / 1048576.0;
        Console.WriteLine($"# {name}: built {size} articles in {buildSeconds:F1} s, {mb:F1} MB");
        var nights = new List<NightResult>();
        for (var r = 0; r < repeat; r++)
        {
            var run = Path.Combine(work, name, "run");
            if (Directory.Exists(run)) Directory.Delete(run, recursive: true);
            Directory.CreateDirectory(run);
            foreach (var file in Directory.EnumerateFiles(build)) File.Copy(file, Path.Combine(run, Path.GetFileName(file)));
            var watch = Stopwatch.StartNew();
            var engine = Engines.Open(name, run);
            var openSeconds = watch.Elapsed.TotalSeconds;
            var night = Night.Run(engine, workload, size, nightSize, cutoff: size / 30);
            watch.Restart();
            engine.Dispose(); // SQLite checkpoints its write-ahead log into the file here; DuckDB checkpoints too unless its commit already did
            night = night with { Open = openSeconds, Close = watch.Elapsed.TotalSeconds };
            nights.Add(night);
            Console.WriteLine($"# {name} {size} run {r + 1}: {night}");
        }
        results.Add((name, size, mb, buildSeconds, nights));
    }
}

Console.WriteLine();
Console.WriteLine($"One night of {nightSize} new articles against a state of N stored articles (median of {repeat} runs; phases are medians too):");
Console.WriteLine();
Console.WriteLine("| engine | stored articles | state MB | build s | night s (median) | runs s | open | evict | admit | frequencies + postings | fields, links, text | store | commit | close |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (engine, size, mb, buildSeconds, nights) in results)
{
    double M(Func<NightResult, double> f) => Median(nights.Select(f));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {engine} | {size} | {mb:F0} | {buildSeconds:F1} | **{M(n => n.Total):F2}** | {string.Join(" / ", nights.Select(n => n.Total.ToString("F2", CultureInfo.InvariantCulture)))} | " +
        $"{M(n => n.Open):F2} | {M(n => n.Evict):F2} | {M(n => n.Admit):F2} | {M(n => n.Lookups):F2} | {M(n => n.Reads):F2} | {M(n => n.Store):F2} | {M(n => n.Commit):F2} | {M(n => n.Close):F2} |"));
}
Console.WriteLine();
foreach (var (engine, size, _, _, nights) in results.Where(r => r.Engine == engines[0]))
    Console.WriteLine($"workload at {size}: {nights[0].Counts}");
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

/// <summary>Seconds of each phase of one night, and what it touched.</summary>
public sealed record NightResult(double Evict, double Admit, double Lookups, double Reads, double Store, double Commit, string Counts)
{
    public double Open { get; init; }

    public double Close { get; init; }

    /// <summary>The night's seconds from opening the state to closing it (the build's nights are not opened or closed each).</summary>
    public double Total => Open + Evict + Admit + Lookups + Reads + Store + Commit + Close;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Total:F2} s (open {Open:F2}, evict {Evict:F2}, admit {Admit:F2}, lookups {Lookups:F2}, reads {Reads:F2}, store {Store:F2}, commit {Commit:F2}, close {Close:F2}); {Counts}");
}

/// <summary>One night as <c>IncrementalPipeline</c> runs it against the state, less the analysis and linking (which do not touch the state).</summary>
public static class Night
{
    public static NightResult Run(IEngine engine, Workload workload, int from, int count, long cutoff, Action? beforeCommit = null)
    {
        const int maxDocumentFrequency = 500, minShared = 2, maxCandidates = 16;
        var tonight = workload.Articles.GetRange(from, count);
        var watch = Stopwatch.StartNew();
        double Lap() { var s = watch.Elapsed.TotalSeconds; watch.Restart(); return s; }

        using var night = engine.Begin();
        var evicted = night.Evict(cutoff);
        var evict = Lap();
        night.Admit(tonight);
        var admit = Lap();

        // NightCorpus.Gather: the state's frequencies of tonight's shingles, then postings of those under the cap.
        var holding = new Dictionary<ulong, int>();
        for (var i = from; i < from + count; i++)
            foreach (var shingle in workload.Shingles[i]) holding[shingle] = holding.GetValueOrDefault(shingle) + 1;
        var stored = night.Frequencies(holding.Keys);
        var indexed = holding.Keys.Where(s => holding[s] + stored.GetValueOrDefault(s) <= maxDocumentFrequency).ToList();
        var postings = night.Postings(indexed.Where(stored.ContainsKey).ToList());
        var lookups = Lap();

        var sharing = postings.Values.SelectMany(rows => rows).ToHashSet();
        var links = night.CopiedLinks(sharing);
        var chainEnds = links.Select(l => l.SourceRow).Where(row => !sharing.Contains(row)).Distinct().ToList();
        night.Articles([.. sharing, .. chainEnds], withText: false);
        // The candidates (CandidateSelector, by article rather than paragraph): for each of tonight's
        // articles, the stored articles sharing the most shingles with it, at least two; then their text.
        var candidates = new HashSet<long>();
        for (var i = from; i < from + count; i++)
        {
            var shared = new Dictionary<long, int>();
            foreach (var shingle in workload.Shingles[i])
                if (postings.TryGetValue(shingle, out var rows))
                    foreach (var row in rows) shared[row] = shared.GetValueOrDefault(row) + 1;
            candidates.UnionWith(shared.Where(p => p.Value >= minShared).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxCandidates).Select(p => p.Key));
        }
        night.Articles(candidates, withText: true);
        var sources = chainEnds.Where(row => !candidates.Contains(row)).ToList();
        night.Articles(sources, withText: true);
        var reads = Lap();

        var tonightLinks = new List<StoredLink>();
        for (var i = from; i < from + count; i++)
        {
            night.Store(i + 1, workload.Articles[i], i, workload.Shingles[i]);
            tonightLinks.AddRange(workload.LinksOf[i].Where(l => l.Source >= cutoff).Select(l => new StoredLink(l.Article + 1, l.Paragraph, l.Source + 1, l.SourceParagraph)));
        }
        night.StoreLinks(tonightLinks);
        var store = Lap();
        beforeCommit?.Invoke();
        night.Commit();
        var commit = Lap();

        var counts = $"{holding.Count} distinct shingles, {stored.Count} in the state, {postings.Values.Sum(p => p.Count)} postings read, " +
            $"{sharing.Count} sharing articles, {links.Count} links read, {candidates.Count} candidates' text, {evicted} evicted, {tonightLinks.Count} links stored";
        return new NightResult(evict, admit, lookups, reads, store, commit, counts);
    }
}
