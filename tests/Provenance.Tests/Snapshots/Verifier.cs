using System.Runtime.CompilerServices;
using System.Text;

namespace Provenance.Tests.Snapshots;

/// <summary>
/// A small stand-in for Verify.Xunit's <c>Verifier</c> (Verify cannot be restored here), with the same
/// shape: <c>await Verify(text, "csv")</c>. The snapshot is <c>{Class}.{Method}.verified.{ext}</c>
/// beside the test's source file. On a mismatch, or when no snapshot exists, the actual output is
/// written to <c>.received.{ext}</c> and the test fails; a snapshot is never created silently.
/// Accept a received file by renaming it (or run once with PROVENANCE_ACCEPT_SNAPSHOTS=1, refused under CI).
/// </summary>
public static class Verifier
{
    public static Task Verify(string target, string extension, VerifySettings? settings = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = SourceDirectory(sourceFile);
        var name = settings?.FileName ?? $"{Path.GetFileNameWithoutExtension(sourceFile)}.{method}";
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");

        if (File.Exists(verified) && File.ReadAllText(verified, Encoding.UTF8) == target)
        {
            File.Delete(received);
            return Task.CompletedTask;
        }

        if (AcceptRequested())
        {
            File.WriteAllText(verified, target, new UTF8Encoding(false));
            File.Delete(received);
            return Task.CompletedTask;
        }

        File.WriteAllText(received, target, new UTF8Encoding(false));
        var reason = File.Exists(verified) ? "does not match" : "has no verified snapshot";
        throw new SnapshotMismatchException(
            $"{name} {reason}. Compare {received} with {verified}; rename the received file to accept it.");
    }

    /// <summary>The test's source folder; under a path-mapped build (<c>/_/</c>) it is found from the repository root.</summary>
    private static string SourceDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        if (Directory.Exists(directory) || !sourceFile.StartsWith("/_/", StringComparison.Ordinal)) return directory;
        return Path.GetDirectoryName(Path.Combine(TestData.RepositoryRoot, sourceFile["/_/".Length..]))!;
    }

    private static bool AcceptRequested() =>
        Environment.GetEnvironmentVariable("PROVENANCE_ACCEPT_SNAPSHOTS") == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Per-call settings, as Verify's <c>VerifySettings</c>: <see cref="UseFileName"/> names the snapshot.</summary>
public sealed class VerifySettings
{
    public string? FileName { get; private set; }

    public void UseFileName(string fileName) => FileName = fileName;
}

public sealed class SnapshotMismatchException(string message) : Exception(message);
