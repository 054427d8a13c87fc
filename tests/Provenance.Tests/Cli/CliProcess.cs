using System.Diagnostics;

namespace Provenance.Tests.Cli;

/// <summary>The built command line (<c>Provenance.Cli.dll</c> beside the tests) run as a real process, as a user runs it.</summary>
public static class CliProcess
{
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Provenance.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    /// <summary>Runs to the end and returns the exit code and both streams.</summary>
    public static CliRun Run(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>Starts without waiting (for tests that kill it); its output is drained so it never blocks on a full pipe.</summary>
    public static Process Start(params string[] args)
    {
        var process = Process.Start(StartInfo(args))!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}

public sealed record CliRun(int ExitCode, string StdOut, string StdErr);
