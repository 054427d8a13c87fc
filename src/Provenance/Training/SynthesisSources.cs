namespace Provenance.Training;

/// <summary>
/// Where synthesis takes its text: real wire stories to copy, the datelines kept apart from them
/// (tab-separated <c>id, dateline</c>, as "SALVADOR, Feb 26 -"), and unrelated articles for the
/// outlets' own paragraphs. A null path means generated text (or, for datelines, none).
/// </summary>
public sealed record SynthesisSources(string? BasePath, string? DatelinesPath, string? OriginalsPath);
