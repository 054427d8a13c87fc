namespace Provenance.Diagnostics;

/// <summary>What a kind of problem is: a stable id, a title and a message format.</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity);
