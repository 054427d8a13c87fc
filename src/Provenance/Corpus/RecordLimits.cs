namespace Provenance.Corpus;

/// <summary>
/// How much of one record is held in memory. A record over the limit (a runaway line of a broken
/// dump, an unclosed CSV quote) is rejected, and only its start is kept for the rejects file.
/// </summary>
public static class RecordLimits
{
    public const int MaxRecordBytes = 32 * 1024 * 1024;
    public const int KeptBytesOfTooLongRecord = 1024;
}
