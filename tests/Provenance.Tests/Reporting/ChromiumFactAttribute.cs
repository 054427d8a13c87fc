namespace Provenance.Tests.Reporting;

/// <summary>
/// A test that drives Debian's chromium through playwright-core (tests/browser). Skipped, saying
/// why, where chromium or the npm package is missing, so plain <c>dotnet test</c> passes without
/// them; <c>.ci/run</c> installs both.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    public static string BrowserTests => Path.Combine(TestData.RepositoryRoot, "tests", "browser");

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"no chromium at {Chromium}: install it (apt-get install -y chromium) or set CHROMIUM to run the browser tests";
        else if (!Directory.Exists(Path.Combine(BrowserTests, "node_modules", "playwright-core")))
            Skip = $"playwright-core is not installed: run `npm ci` in {BrowserTests} to run the browser tests";
    }
}
