using System.Diagnostics;
using System.Text.Json;

namespace Provenance.Tests.Reporting;

/// <summary>
/// The seeds report as a reader sees it in a real browser (headless chromium): the overview, an
/// article opened from the list, a paragraph clicked open beside its source with the edits marked.
/// The screenshot is kept in the test's temp folder for a person to look at.
/// </summary>
public class ReportBrowserTests
{
    [ChromiumFact]
    public void Clicking_a_copied_paragraph_shows_it_beside_its_source_with_the_edits_marked()
    {
        var folder = TestData.TempFolder();
        var report = Path.Combine(folder, "report.html");
        File.WriteAllText(report, SeedsReport.Page);
        var screenshot = Path.Combine(folder, "report.png");

        var seen = Browse(report, screenshot, SeedsReport.British, paragraph: 4);

        Assert.Empty(seen.GetProperty("errors").EnumerateArray());
        Assert.Empty(seen.GetProperty("requests").EnumerateArray());
        var overview = seen.GetProperty("overview");
        Assert.Equal("[[\"articles\",\"2\"],[\"paragraphs\",\"25\"],[\"copied\",\"36%\"],[\"partly copied\",\"0%\"],[\"original\",\"64%\"]]",
            overview.GetProperty("totals").GetRawText());
        Assert.Equal(1, overview.GetProperty("chartRows").GetArrayLength());
        Assert.Equal(2, overview.GetProperty("clusters")[0].GetArrayLength());
        Assert.Equal(2, overview.GetProperty("listed").GetInt32());

        var opened = seen.GetProperty("opened");
        Assert.Equal("Vladimir Putin and Kim Jong Un shake hands", opened.GetProperty("heading").GetString());
        Assert.Equal(19, opened.GetProperty("paragraphs").GetInt32());
        Assert.Equal("true", opened.GetProperty("expanded").GetString());
        Assert.StartsWith($"Source: {SeedsReport.Wire}", opened.GetProperty("sourceHeading").GetString());
        Assert.True(opened.GetProperty("sideBySide").GetBoolean(), "source and copy are not side by side");
        Assert.Equal(["There is", "Mr", "programme"], opened.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("program", opened.GetProperty("cut").EnumerateArray().Select(e => e.GetString()));
        var edits = opened.GetProperty("edits").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(edits, e => e.StartsWith("honorifics added", StringComparison.Ordinal) && e.Contains("Mr Kim’s"));
        Assert.Contains(edits, e => e.StartsWith("house style", StringComparison.Ordinal) && e.Contains("“programme” for “program”"));

        var colour = opened.GetProperty("addedColour").EnumerateArray().Select(c => c.GetInt32()).ToArray();
        Assert.True(colour[1] > colour[0] + 20 && colour[1] > colour[2] + 20, $"an added word is painted rgb({string.Join(",", colour)}), not green");
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Equal(1, seen.GetProperty("filtered").GetInt32());
    }

    private static JsonElement Browse(string report, string screenshot, string article, int paragraph)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = ChromiumFactAttribute.BrowserTests,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "check-report.mjs", report, screenshot, article, paragraph.ToString() }) start.ArgumentList.Add(arg);
        start.Environment["CHROMIUM"] = ChromiumFactAttribute.Chromium;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the browser did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"check-report.mjs failed: {stderr.Result}");
        return JsonDocument.Parse(stdout).RootElement;
    }
}
