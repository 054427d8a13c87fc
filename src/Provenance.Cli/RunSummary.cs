using Provenance.Diagnostics;
using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Cli;

/// <summary>
/// The last line of an analysis on stderr, which accounts for every record:
/// <c>N records in the input: A analysed + R rejected; P paragraphs: ...</c>.
/// </summary>
public static class RunSummary
{
    public static string Format(PipelineResult result, string? rejectsPath)
    {
        var byStatus = result.Links.GroupBy(l => l.Status).ToDictionary(g => g.Key, g => g.Count());
        var rejectsNote = rejectsPath is null || result.Rejected.IsEmpty ? "" : $" (written to {rejectsPath})";
        var rejections = result.Rejected.Select(r => r.Diagnostic).ToHashSet();
        var cutShort = result.Diagnostics.Count(d => IsInputError(d) && !rejections.Contains(d));
        var cutShortNote = cutShort == 0 ? "" : $"; {cutShort} input(s) could not be read to the end, records after the break are not counted";
        return $"{result.RecordsRead} records in the input: {result.ArticlesAnalysed} analysed + {result.Rejected.Length} rejected{rejectsNote}{cutShortNote}; " +
               $"{result.Links.Length} paragraphs: {byStatus.GetValueOrDefault(ParagraphStatus.Copied)} copied, " +
               $"{byStatus.GetValueOrDefault(ParagraphStatus.Partial)} partial, {byStatus.GetValueOrDefault(ParagraphStatus.Original)} original.";
    }

    /// <summary>An input-level error (PRV2xxx): a truncated .gz, a binary file, a broken CSV; or an unreadable .txt, which is a rejection.</summary>
    private static bool IsInputError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Id.StartsWith("PRV2", StringComparison.Ordinal);
}
