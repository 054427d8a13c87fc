using System.CommandLine;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Reporting;
using Provenance.Scoring;

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
        var threads = new Option<int>("--threads") { HelpName = "N", Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = new Option<string?>("--model") { HelpName = "MODEL.zip", Description = "The classifier to use (default: data/models/wirecopy.zip)." };
        var noBom = new Option<bool>("--no-bom") { Description = "Write UTF-8 without a byte-order mark." };
        var rawCells = new Option<bool>("--raw-cells") { Description = "Do not neutralise cells that a spreadsheet would run as formulas (for machine consumers)." };
        var rejects = new Option<string?>("--rejects") { Description = "Also write every rejected record, verbatim with its diagnostic, to this JSON Lines file." };
        var report = new Option<string?>("--report") { HelpName = "REPORT.html", Description = "Also write a self-contained HTML report: overview, articles, and each copied paragraph side by side with its source." };

        var command = new Command("analyze", "Trace every body paragraph of the corpus to its earliest source and write one CSV row per paragraph.")
        {
            inputs, output, threads, model, noBom, rawCells, report, rejects,
        };
        command.SetAction(parse => Run(new AnalyzeOptions(
            parse.GetValue(inputs)!,
            parse.GetValue(output)!,
            parse.GetValue(threads),
            parse.GetValue(model),
            new CsvOutputOptions { ByteOrderMark = !parse.GetValue(noBom), NeutraliseFormulas = !parse.GetValue(rawCells) },
            parse.GetValue(report),
            parse.GetValue(rejects))));
        return command;
    }

    private static int Run(AnalyzeOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (!CorpusReader.Validate(options.Inputs, diagnostics)) return Fail(diagnostics);

        var data = DataDirectory.Find();
        if (!RuntimeData.TryLoad(data, options.ModelPath, diagnostics, out var words, out var model)) return Fail(diagnostics);

        using (model)
        {
            var pipelineOptions = new PipelineOptions { Threads = options.Threads };
            var pipeline = new ProvenancePipeline(pipelineOptions, words, model);
            var result = pipeline.Run(options.Inputs);
            if (options.Rejects is { } rejectsPath)
            {
                try
                {
                    AtomicFile.Write(rejectsPath, stream => RejectsWriter.Write(stream, result.Rejected));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Add(DiagnosticDescriptors.OutputUnwritable, Location.File(rejectsPath), e.Message);
                    return Fail(diagnostics);
                }
            }
            try
            {
                AtomicFile.Write(options.Output, stream => ProvenanceCsvWriter.Write(stream, result.Rows, options.Csv));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticDescriptors.OutputUnwritable, Location.File(options.Output), e.Message);
                return Fail(diagnostics);
            }
            if (options.Report is { } reportPath)
            {
                try
                {
                    AtomicFile.Write(reportPath, stream => ProvenanceReport.Write(stream, result, words, pipelineOptions));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Add(DiagnosticDescriptors.OutputUnwritable, Location.File(reportPath), e.Message);
                    return Fail(diagnostics);
                }
            }

            foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
            Console.Error.WriteLine(RunSummary.Format(result, options.Rejects));
            return result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.SomeRecordsRejected : ExitCodes.Success;
        }
    }

    private static int Fail(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToImmutableSorted()) Console.Error.WriteLine(diagnostic);
        return ExitCodes.Failure;
    }

    private sealed record AnalyzeOptions(string[] Inputs, string Output, int Threads, string? ModelPath, CsvOutputOptions Csv, string? Report, string? Rejects);
}
