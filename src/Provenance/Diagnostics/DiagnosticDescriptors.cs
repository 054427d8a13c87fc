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

    public static readonly DiagnosticDescriptor InputNotFound = Error("PRV2001", "Input not found", "no such file or folder");
    public static readonly DiagnosticDescriptor UnsupportedInput = Error("PRV2002", "Unsupported input", "not a .jsonl, .jsonl.gz or .csv file, nor a folder of .txt files");
    public static readonly DiagnosticDescriptor UnreadableInput = Error("PRV2003", "Unreadable input", "cannot be read: {0}");
    public static readonly DiagnosticDescriptor ModelUnreadable = Error("PRV2004", "Model unreadable", "the model cannot be loaded: {0}");
    public static readonly DiagnosticDescriptor WordListUnreadable = Error("PRV2005", "Word list unreadable", "the word list cannot be read: {0}");
    public static readonly DiagnosticDescriptor OutputUnwritable = Error("PRV2006", "Output not written", "the output cannot be written: {0}");

    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Error);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Warning);
}
