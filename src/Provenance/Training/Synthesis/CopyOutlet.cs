using System.Collections.Immutable;

namespace Provenance.Training.Synthesis;

/// <summary>A fictional outlet that re-publishes wire copy, with its house style.</summary>
internal sealed record CopyOutlet(
    string Name,
    bool BritishSpelling,
    bool DotlessAbbreviations,
    QuoteStyle Quotes,
    PercentStyle? Percent,
    bool Honorifics)
{
    public static readonly ImmutableArray<CopyOutlet> All =
    [
        new("The Daily Ledger", false, false, QuoteStyle.Straight, PercentStyle.Percent, false),
        new("Northern Echo Online", true, true, QuoteStyle.Curly, PercentStyle.PerCent, true),
        new("The Harbour Times", true, true, QuoteStyle.Curly, PercentStyle.Symbol, true),
        new("Metro Business Wire", false, true, QuoteStyle.Unchanged, PercentStyle.Symbol, false),
        new("Capital Observer", false, false, QuoteStyle.Curly, PercentStyle.Percent, false),
        new("The Evening Courier", true, false, QuoteStyle.Curly, PercentStyle.PerCent, true),
        new("Pacific Dispatch", false, true, QuoteStyle.Straight, PercentStyle.Symbol, false),
        new("Westbridge Gazette", true, true, QuoteStyle.Straight, PercentStyle.PerCent, true),
        new("Asia Markets Digest", false, false, QuoteStyle.Unchanged, null, false),
        new("The Morning Sentinel", false, false, QuoteStyle.Curly, PercentStyle.Percent, false),
    ];
}
