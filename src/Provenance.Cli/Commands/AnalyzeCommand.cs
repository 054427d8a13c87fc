using System.CommandLine;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
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
        var output = new Option<string>("--out", "-o") { Description = "The provenance CSV to write.", Required = true };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = new Option<string?>("--model") { Description = "The classifier to use (default: data/models/wirecopy.zip)." };
        var noBom = new Option<bool>("--no-bom") { Description = "Write UTF-8 without a byte-order mark." };
        var rawCells = new Option<bool>("--raw-cells") { Description = "Do not neutralise cells that a spreadsheet would run as formulas (for machine consumers)." };

        var command = new Command("analyze", "Trace every body paragraph of the corpus to its earliest source and write one CSV row per paragraph.")
        {
            inputs, output, threads, model, noBom, rawCells,
        };
        command.SetAction(parse => Run(new AnalyzeOptions(
            parse.GetValue(inputs)!,
            parse.GetValue(output)!,
            parse.GetValue(threads),
            parse.GetValue(model),
            new CsvOutputOptions { ByteOrderMark = !parse.GetValue(noBom), NeutraliseFormulas = !parse.GetValue(rawCells) })));
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
            var pipeline = new ProvenancePipeline(new PipelineOptions { Threads = options.Threads }, words, model);
            var result = pipeline.Run(options.Inputs);
            try
            {
                AtomicFile.Write(options.Output, stream => ProvenanceCsvWriter.Write(stream, result.Rows, options.Csv));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticDescriptors.OutputUnwritable, Location.File(options.Output), e.Message);
                return Fail(diagnostics);
            }

            foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
            Console.Error.WriteLine(Summary(result));
            return result.Rejected.IsEmpty ? ExitCodes.Success : ExitCodes.SomeRecordsRejected;
        }
    }

    private static string Summary(PipelineResult result)
    {
        var byStatus = result.Rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        return $"{result.RecordsRead} records read: {result.ArticlesAnalysed} articles analysed, {result.Rejected.Length} rejected; " +
               $"{result.Rows.Length} paragraphs: {byStatus.GetValueOrDefault("copied")} copied, " +
               $"{byStatus.GetValueOrDefault("partial")} partial, {byStatus.GetValueOrDefault("original")} original.";
    }

    private static int Fail(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToImmutableSorted()) Console.Error.WriteLine(diagnostic);
        return ExitCodes.Failure;
    }

    private sealed record AnalyzeOptions(string[] Inputs, string Output, int Threads, string? ModelPath, CsvOutputOptions Csv);
}
