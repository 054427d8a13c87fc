namespace Provenance.Cli;

/// <summary>The process exit codes, documented in README.</summary>
public static class ExitCodes
{
    /// <summary>Every record was analysed and the output written.</summary>
    public const int Success = 0;

    /// <summary>Nothing could be done (usage error, missing or unreadable input, no model); no output is left behind.</summary>
    public const int Failure = 1;

    /// <summary>The output was written, but some input records were rejected (each reported on stderr).</summary>
    public const int SomeRecordsRejected = 2;
}
