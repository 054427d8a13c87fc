using System.Runtime.CompilerServices;

namespace Provenance.Training.Synthesis;

public sealed record SynthesisOptions
{
    /// <summary>Seed of the single random stream: same seed and inputs give identical output.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Number of generated articles (copies and hard negatives), on top of the base articles.</summary>
    public int ArticleCount { get; init; } = 200;

    /// <summary>Share of generated articles that are copies; the rest are shared-quote hard negatives.</summary>
    public double CopyShare { get; init; } = 0.8;

    /// <summary>Most copies, direct or chained, made of one base article.</summary>
    public int MaxCopiesPerStory { get; init; } = 4;

    /// <summary>Share of copies made from an earlier copy instead of from the base article.</summary>
    public double ChainShare { get; init; } = 0.2;

    /// <summary>Share of generated articles published without a date.</summary>
    public double UndatedShare { get; init; } = 0.05;

    /// <summary>Shortest delay between a source and its copy.</summary>
    public TimeSpan MinLag { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest delay between a source and its copy; lags are log-uniform between the two bounds.</summary>
    public TimeSpan MaxLag { get; init; } = TimeSpan.FromDays(3);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ArticleCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCopiesPerStory, 1);
        ThrowIfNotShare(CopyShare);
        ThrowIfNotShare(ChainShare);
        ThrowIfNotShare(UndatedShare);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinLag, TimeSpan.FromSeconds(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLag, MinLag);
    }

    private static void ThrowIfNotShare(double share, [CallerArgumentExpression(nameof(share))] string? name = null)
    {
        if (share is < 0 or > 1 || double.IsNaN(share))
            throw new ArgumentOutOfRangeException(name, share, "A share must lie between 0 and 1.");
    }
}
