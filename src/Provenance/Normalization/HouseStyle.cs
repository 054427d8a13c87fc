namespace Provenance.Normalization;

/// <summary>
/// The house-style marks of some text, which tell a copy from its source: honorifics before names
/// ("Mr Kim"), British spellings ("realise") and dotted abbreviations ("U.S.").
/// </summary>
public readonly record struct HouseStyle(int HonorificsBeforeNames, int BritishSpellings, int DottedAbbreviations)
{
    public static HouseStyle operator +(HouseStyle a, HouseStyle b) => new(
        a.HonorificsBeforeNames + b.HonorificsBeforeNames, a.BritishSpellings + b.BritishSpellings, a.DottedAbbreviations + b.DottedAbbreviations);
}
