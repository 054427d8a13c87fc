using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>An input record that could not be analysed, kept verbatim so that nothing is lost.</summary>
public sealed record RejectedRecord(Diagnostic Diagnostic, string Raw);
