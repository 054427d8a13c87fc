using Provenance.Evidence;
using Provenance.Normalization;
using Provenance.Pipeline;

namespace Provenance.Reporting;

/// <summary>The HTML report of a run: overview, articles, and the evidence for every traced paragraph.</summary>
public static class ProvenanceReport
{
    public static void Write(Stream stream, PipelineResult result, WordLists words, PipelineOptions options)
    {
        var articles = new ReportDataBuilder(new EvidenceBuilder(words, options.Alignment), options.Threads).Build(result);
        HtmlReportWriter.Write(stream, OverviewBuilder.Build(result), articles);
    }
}
