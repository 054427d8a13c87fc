namespace Provenance.Training.Synthesis;

public enum PercentStyle
{
    /// <summary>"5%"</summary>
    Symbol,

    /// <summary>"5 per cent"</summary>
    PerCent,

    /// <summary>"5 percent"</summary>
    Percent,
}
