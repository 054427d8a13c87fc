using System.CommandLine;
using System.Data.Common;
using Provenance.Cli.Progress;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Reporting;
using Provenance.Scoring;
using Provenance.State;

namespace Provenance.Cli.Commands;

/// <summary><c>provenance analyze INPUT... --out OUT.csv</c>: the main job.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Corpus files (.jsonl, .jsonl.gz, .csv) or folders of .txt articles.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { HelpName = "OUT.csv", Description = "The provenance CSV to write.", Required = true };
        var threads = new Option<int?>("--threads") { HelpName = "N", Description = "Worker threads (default: all cores)." };
        var analysesInMemory = new Option<int?>("--analyses-in-memory")
        {
            HelpName = "N",
            Description = $"Most articles held analysed at once (default {new PipelineOptions().KeptAnalyses:N0}, about 10 KB each); a larger corpus keeps the others' tokens packed and unpacks them as needed, in bounded memory. Never changes the output.",
        };
        var model = new Option<string?>("--model") { HelpName = "MODEL.zip", Description = "The classifier to use (default: data/models/wirecopy.zip)." };
        var sentenceModel = SentenceModelChoice.ModelOption();
        var grayZone = SentenceModelChoice.GrayZoneOption();
        var minWords = SentenceModelChoice.MinWordsOption();
        var noBom = new Option<bool>("--no-bom") { Description = "Write UTF-8 without a byte-order mark." };
        var rawCells = new Option<bool>("--raw-cells") { Description = "Do not neutralise cells that a spreadsheet would run as formulas (for machine consumers)." };
        var rejects = new Option<string?>("--rejects") { Description = "Also write every rejected record, verbatim with its diagnostic, to this JSON Lines file." };
        var summary = new Option<string?>("--summary") { HelpName = "SUMMARY.csv", Description = "Also write one row per article: share of its words copied, primary source and outlet, whether that is a wire service, distinct sources, earliest and latest related publication." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took to stderr." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on stderr (by default: a live bar in a terminal, a line every few seconds of a long run when redirected)." };
        var state = StateOptions.State();
        var window = StateOptions.Window();
        var report = new Option<string?>("--report") { HelpName = "REPORT.html", Description = "Also write a self-contained HTML report: overview, articles, and each copied paragraph side by side with its source." };

        var command = new Command("analyze", "Trace every body paragraph of the corpus to its earliest source and write one CSV row per paragraph.")
        {
            inputs, output, threads, analysesInMemory, model, sentenceModel, grayZone, minWords, noBom, rawCells, report, rejects, summary, timings, quiet, state, window,
        };
        command.SetAction(parse => Run(new AnalyzeOptions(
            parse.GetValue(inputs)!,
            parse.GetValue(output)!,
            parse.GetValue(threads) ?? Environment.ProcessorCount,
            parse.GetValue(analysesInMemory) ?? new PipelineOptions().KeptAnalyses,
            parse.GetValue(model),
            new SentenceModelChoice.Choice(parse.GetValue(sentenceModel), parse.GetValue(grayZone), parse.GetValue(minWords)),
            new CsvOutputOptions
            {
                ByteOrderMark = !parse.GetValue(noBom),
                NeutraliseFormulas = !parse.GetValue(rawCells),
                Threads = parse.GetValue(threads) ?? Environment.ProcessorCount,
            },
            parse.GetValue(report),
            parse.GetValue(rejects),
            parse.GetValue(summary),
            parse.GetValue(timings),
            parse.GetValue(quiet),
            parse.GetValue(state),
            parse.GetValue(window)!)));
        return command;
    }

    private static int Run(AnalyzeOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!CorpusReader.Validate(options.Inputs, diagnostics)) return Fail(diagnostics);

        // Reading needs neither the word lists nor the model: the corpus is read while they load.
        var reading = options.State is null ? Task.Run(() => CorpusRead.From(options.Inputs, options.Threads)) : null;
        var data = DataDirectory.Find();
        if (!RuntimeData.TryLoad(data, options.ModelPath, diagnostics, out var words, out var model)) return Fail(diagnostics);
        if (!SentenceModelChoice.TryLoad(data, options.Sentences, words, diagnostics, out var judge))
        {
            model.Dispose();
            return Fail(diagnostics);
        }

        StateStore? store = null;
        if (options.State is not null && !StateStore.TryOpen(options.State, diagnostics, out store)) return Fail(diagnostics);
        using (store)
        using (model)
        using (judge)
        {
            var pipelineOptions = new PipelineOptions
            {
                Threads = options.Threads, KeptAnalyses = options.AnalysesInMemory, Alignment = new() { Judge = judge },
            };
            StateNight? night = null;
            PipelineResult result;
            try
            {
                night = store?.BeginNight();
                result = night is null
                    ? ProgressDisplay.Run(options.Quiet, progress =>
                    {
                        progress?.Report(new StageProgress("read", 0, null));
                        return new ProvenancePipeline(pipelineOptions, words, model).Run(reading!.GetAwaiter().GetResult(), progress);
                    })
                    : new IncrementalPipeline(pipelineOptions, words, model).Run(options.Inputs, night, options.Window, DateTimeOffset.UtcNow);
            }
            catch (DbException e)
            {
                night?.Dispose();
                return FailOnState(store!, e, diagnostics);
            }
            using var rollbackUnlessCommitted = night;
            // Rejects first, the CSV next, then the extras: each complete or not there at all.
            var written =
                TryWrite(options.Rejects, stream => RejectsWriter.Write(stream, result.Rejected), diagnostics)
                && TryWrite(options.Output, stream => CsvTableWriter.Write(stream, result.Rows, options.Csv), diagnostics)
                && TryWrite(options.Summary, stream => CsvTableWriter.Write(stream,
                    ArticleSummaryBuilder.Build(result.Articles, result.Links, words.WireOutlets).Where((_, i) => !result.StateSources.Contains(i)), options.Csv), diagnostics)
                && TryWrite(options.Report, stream => ProvenanceReport.Write(stream, result, words, pipelineOptions), diagnostics);
            if (!written) return Fail(diagnostics);
            result.Timings.Mark("write");
            try
            {
                night?.Commit();
            }
            catch (DbException e)
            {
                return FailOnState(store!, e, diagnostics);
            }

            foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
            if (options.Timings)
                Console.Error.WriteLine($"timings: {result.Timings}; garbage collection paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s " +
                    $"({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generations 0/1/2); " +
                    $"peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
            Console.Error.WriteLine(RunSummary.Format(result, options.Rejects));
            return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.SomeRecordsRejected : ExitCodes.Success;
        }
    }

    /// <summary>Writes an optional output atomically; a failure becomes a diagnostic.</summary>
    private static bool TryWrite(string? path, Action<Stream> write, DiagnosticBag diagnostics)
    {
        if (path is null) return true;
        try
        {
            AtomicFile.Write(path, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticDescriptors.OutputUnwritable, Location.File(path), e.Message);
            return false;
        }
    }

    private static int FailOnState(StateStore store, DbException e, DiagnosticBag diagnostics)
    {
        diagnostics.Add(DiagnosticDescriptors.StateUnreadable, Location.File(store.Path), e.Message);
        return Fail(diagnostics);
    }

    private static int Fail(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToImmutableSorted()) Console.Error.WriteLine(diagnostic);
        return ExitCodes.Failure;
    }

    private sealed record AnalyzeOptions(
        string[] Inputs, string Output, int Threads, int AnalysesInMemory, string? ModelPath, SentenceModelChoice.Choice Sentences, CsvOutputOptions Csv,
        string? Report, string? Rejects, string? Summary, bool Timings, bool Quiet, string? State, RetentionWindow Window);
}
