using System.Globalization;

namespace Provenance.Diagnostics;

/// <summary>One reported problem, shown as <c>FILE(LINE): error PRVnnnn: message</c>.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, string Message, string? RecordId = null)
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] args) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args));

    public string Id => Descriptor.Id;
    public DiagnosticSeverity Severity => Descriptor.Severity;

    public Diagnostic WithRecordId(string? id) => this with { RecordId = id };

    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        var record = RecordId is null ? "" : $" [id {RecordId}]";
        return $"{Location}: {severity} {Id}: {Message}{record}";
    }
}
