using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Provenance.Reporting;

/// <summary>
/// Writes the report: one self-contained HTML file (inline style and script, a content security
/// policy that forbids any network request) with the overview as HTML and the articles as JSON,
/// which the script renders one article at a time.
/// </summary>
public static class HtmlReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Keeps accents and curly quotes as UTF-8 but still escapes <, > and &, so no text can close the script element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(Stream stream, ReportOverview overview, IReadOnlyList<ReportArticle> articles)
    {
        var template = Asset("report.html");
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var parts = template.Split("{{data}}");
        writer.Write(parts[0]
            .Replace("{{style}}", Asset("report.css"), StringComparison.Ordinal)
            .Replace("{{overview}}", OverviewHtml.Render(overview, articles), StringComparison.Ordinal));
        writer.Flush();
        JsonSerializer.Serialize(stream, articles, Json);
        writer.Write(parts[1].Replace("{{script}}", Asset("report.js"), StringComparison.Ordinal));
    }

    private static string Asset(string name)
    {
        using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Provenance.Reporting.{name}")
            ?? throw new InvalidOperationException($"The report asset {name} is not embedded.");
        using var reader = new StreamReader(resource, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
