namespace Provenance.Diagnostics;

/// <summary>Every diagnostic the tool reports. PRV1xxx: a record; PRV2xxx: an input or the run.</summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidJson = Error("PRV1001", "Invalid JSON", "the line is not valid JSON: {0}");
    public static readonly DiagnosticDescriptor NotAnObject = Error("PRV1002", "Not an object", "the record is not a JSON object");
    public static readonly DiagnosticDescriptor MissingId = Error("PRV1003", "Missing id", "the record has no id");
    public static readonly DiagnosticDescriptor MissingText = Error("PRV1004", "Missing text", "the record has no text");
    public static readonly DiagnosticDescriptor WrongFieldType = Error("PRV1005", "Wrong field type", "the field '{0}' must be a string");
    public static readonly DiagnosticDescriptor DuplicateId = Error("PRV1006", "Duplicate id", "the id '{0}' was already read at {1}; this record is rejected");
    public static readonly DiagnosticDescriptor InvalidDate = Warning("PRV1007", "Invalid date", "the date '{0}' is not an ISO 8601 date; the article is analysed as undated");
    public static readonly DiagnosticDescriptor MalformedCsvRow = Error("PRV1008", "Malformed CSV row", "the row has {0} fields where the header has {1}");
    public static readonly DiagnosticDescriptor MissingCsvColumn = Error("PRV1009", "Missing CSV column", "the header has no '{0}' column");
    public static readonly DiagnosticDescriptor NoBodyText = Warning("PRV1010", "No body text", "the article has no body paragraph after its title and boilerplate");
    public static readonly DiagnosticDescriptor DuplicateRecord = Error("PRV1011", "Duplicate record", "the id '{0}' was already read at {1} with the same text; this copy is rejected");
    public static readonly DiagnosticDescriptor NotUtf8 = Warning("PRV1012", "Not UTF-8", "the text is not valid UTF-8 (byte {0}); it is read as Windows-1252");
    public static readonly DiagnosticDescriptor FutureDate = Warning("PRV1013", "Date in the future", "the date '{0}' is more than a day after the run; the article is analysed as undated");
    public static readonly DiagnosticDescriptor RecordTooLong = Error("PRV1014", "Record too long", "the record is {0:N0} bytes, over the limit of {1:N0}; only its start is kept with the rejects");

    public static readonly DiagnosticDescriptor InputNotFound = Error("PRV2001", "Input not found", "no such file or folder");
    public static readonly DiagnosticDescriptor UnsupportedInput = Error("PRV2002", "Unsupported input", "not a .jsonl, .jsonl.gz or .csv file, nor a folder of .txt files");
    public static readonly DiagnosticDescriptor UnreadableInput = Error("PRV2003", "Unreadable input", "cannot be read: {0}");
    public static readonly DiagnosticDescriptor ModelUnreadable = Error("PRV2004", "Model unreadable", "the model cannot be loaded: {0}");
    public static readonly DiagnosticDescriptor WordListUnreadable = Error("PRV2005", "Word list unreadable", "the word list cannot be read: {0}");
    public static readonly DiagnosticDescriptor OutputUnwritable = Error("PRV2006", "Output not written", "the output cannot be written: {0}");
    public static readonly DiagnosticDescriptor EmptyInput = Warning("PRV2007", "Empty input", "the input holds no records");
    public static readonly DiagnosticDescriptor BinaryInput = Error("PRV2008", "Binary input", "not text: it holds NUL bytes (a binary file, or UTF-16, which must be saved as UTF-8)");
    public static readonly DiagnosticDescriptor StateUnreadable = Error("PRV2009", "State unreadable", "the state cannot be used: {0}; it is left as it is");
    public static readonly DiagnosticDescriptor StateTooNew = Error("PRV2010", "State from a newer version", "the state was written by a newer version of provenance (format {0}, this version reads {1}); it is left as it is");

    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Error);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Warning);
}
