using Provenance.Normalization;
using Provenance.Pipeline;
using Provenance.Reporting;
using Provenance.Scoring;

namespace Provenance.Tests.Reporting;

/// <summary>The report of the bundled seeds, built once for the report tests.</summary>
public static class SeedsReport
{
    public const string British = "000_3cc5272284a1228b";
    public const string Wire = "001_bb021152318748f4";

    private static readonly Lazy<PipelineResult> LazyResult = new(() =>
    {
        using var model = WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find()));
        return new ProvenancePipeline(new PipelineOptions(), TestData.Words, model).Run([TestData.SeedsFolder]);
    });

    private static readonly Lazy<string> LazyHtml = new(() => Html(LazyResult.Value));

    public static PipelineResult Result => LazyResult.Value;
    public static string Page => LazyHtml.Value;

    public static string Html(PipelineResult result)
    {
        using var stream = new MemoryStream();
        ProvenanceReport.Write(stream, result, TestData.Words, new PipelineOptions());
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
