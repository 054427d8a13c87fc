using System.CommandLine;
using Provenance.Cli.Explain;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Evidence;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;

namespace Provenance.Cli.Commands;

/// <summary>
/// <c>provenance explain OUT.csv --article ID --paragraph N --corpus INPUT...</c>: one row of the
/// CSV, shown side by side with its source, the edits named, and the features behind its score.
/// </summary>
public static class ExplainCommand
{
    private const int RedirectedWidth = 120;

    public static Command Create()
    {
        var csv = new Argument<string>("OUT.csv") { Description = "The provenance CSV written by analyze." };
        var article = new Option<string>("--article") { HelpName = "ID", Description = "The id of the article (the CSV's article_id).", Required = true };
        var paragraph = new Option<int>("--paragraph") { HelpName = "N", Description = "The paragraph number (the CSV's paragraph column, 1-based).", Required = true };
        var corpus = new Option<string[]>("--corpus")
        {
            HelpName = "INPUT",
            Description = "The corpus files or folders the CSV was made from (the INPUT... given to analyze).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model") { HelpName = "MODEL.zip", Description = "The classifier analyze used (default: data/models/wirecopy.zip)." };
        var sentenceModel = SentenceModelChoice.ModelOption();
        var grayZone = SentenceModelChoice.GrayZoneOption();
        var minWords = SentenceModelChoice.MinWordsOption();
        var width = new Option<int?>("--width") { HelpName = "N", Description = "Output width in characters (default: the terminal's, or 120 when output is redirected)." };

        var command = new Command("explain", "Show one paragraph of the CSV side by side with its source, the differences marked, the edits named and the features that drove its score.")
        {
            csv, article, paragraph, corpus, model, sentenceModel, grayZone, minWords, width,
        };
        command.SetAction(parse => Run(
            parse.GetValue(csv)!, parse.GetValue(article)!, parse.GetValue(paragraph), parse.GetValue(corpus)!,
            parse.GetValue(model), new SentenceModelChoice.Choice(parse.GetValue(sentenceModel), parse.GetValue(grayZone), parse.GetValue(minWords)),
            parse.GetValue(width) ?? DefaultWidth()));
        return command;
    }

    private static int Run(string csvPath, string articleId, int paragraphNumber, string[] corpus, string? modelPath, SentenceModelChoice.Choice sentences, int width)
    {
        var diagnostics = new DiagnosticBag();
        if (!File.Exists(csvPath)) diagnostics.Add(DiagnosticDescriptors.InputNotFound, Location.File(csvPath));
        if (!CorpusReader.Validate(corpus, diagnostics) || diagnostics.Count > 0) return Fail(diagnostics);
        var rows = ProvenanceCsvReader.Read(csvPath);
        var row = rows.FirstOrDefault(r => r.ArticleId == articleId && r.Paragraph == paragraphNumber);
        if (row is null) return Fail($"{csvPath}: error: no row for article '{articleId}' paragraph {paragraphNumber}.");

        var data = DataDirectory.Find();
        if (!RuntimeData.TryLoad(data, modelPath, diagnostics, out var words, out var loaded)) return Fail(diagnostics);
        loaded.Dispose();
        if (!SentenceModelChoice.TryLoad(data, sentences, words, diagnostics, out var judge)) return Fail(diagnostics);
        using var disposeJudge = judge;

        var wanted = new[] { row.ArticleId, row.SourceArticleId }.Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var found = CorpusReader.Read(corpus, diagnostics)
            .Select(item => item.Article).OfType<Article>()
            .Where(a => wanted.Contains(a.Id))
            .DistinctBy(a => a.Id)
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        if (wanted.FirstOrDefault(id => !found.ContainsKey(id)) is { } missing) return Fail($"error: article '{missing}' is not in the corpus given.");

        var analyzer = new ArticleAnalyzer(words);
        var target = analyzer.Analyze(found[row.ArticleId], 0);
        if (paragraphNumber < 1 || paragraphNumber > target.Paragraphs.Length)
            return Fail($"error: article '{articleId}' has {target.Paragraphs.Length} body paragraphs in the corpus given, not {paragraphNumber}.");

        var output = new ExplanationWriter(Console.Out, width, !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
        output.Header(row);
        if (row.SourceParagraph is not { } sourceNumber)
        {
            output.Original(row, target.Article.Body.ToString(target.Paragraphs[paragraphNumber - 1].Paragraph.Span));
            return ExitCodes.Success;
        }

        var source = analyzer.Analyze(found[row.SourceArticleId], 1);
        var builder = new EvidenceBuilder(words, new PipelineOptions().Alignment with { Judge = judge });
        var alignment = builder.Align(target, source)[paragraphNumber - 1];
        var splitInto = rows
            .Where(r => r.ArticleId == row.ArticleId && r.Paragraph != row.Paragraph && r.SourceArticleId == row.SourceArticleId && r.SourceParagraph == sourceNumber)
            .Select(r => r.Paragraph - 1).ToList();
        var evidence = builder.Build(target, source, alignment, sourceNumber - 1, splitInto);

        using var explainer = ScoreExplainer.Load(modelPath ?? DataDirectory.Model(data));
        var (probability, features) = explainer.Explain(FeatureExtractor.Extract(alignment, target, source));
        output.Evidence(evidence);
        output.Score(row, probability, features);
        return ExitCodes.Success;
    }

    private static int DefaultWidth() =>
        Console.IsOutputRedirected || Console.WindowWidth <= 0 ? RedirectedWidth : Console.WindowWidth;

    private static int Fail(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.ToImmutableSorted()) Console.Error.WriteLine(diagnostic);
        return ExitCodes.Failure;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.Failure;
    }
}
