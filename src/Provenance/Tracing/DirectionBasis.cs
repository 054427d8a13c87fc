namespace Provenance.Tracing;

/// <summary>
/// Why a source is taken to come before its copy: <see cref="Published"/> dates decide;
/// <see cref="Inferred"/> from the asymmetry of the edits (dates missing or within a minute);
/// <see cref="Unknown"/> neither could, so publication order (undated first, then id) decided.
/// </summary>
public enum DirectionBasis
{
    Published,
    Inferred,
    Unknown,
}
