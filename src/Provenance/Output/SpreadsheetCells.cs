using System.Globalization;

namespace Provenance.Output;

/// <summary>
/// Makes a text cell safe and whole in a spreadsheet. A cell over Excel's 32,767-character limit is
/// cut, with a visible marker saying how much is missing (Excel would otherwise cut it silently or
/// spill it into the next row). A cell whose first non-blank character would start a formula after
/// leading white space (<c>" =cmd"</c>) gets the apostrophe too: spreadsheets that trim cells on
/// import (LibreOffice's "Trim spaces") would run it, and CsvHelper only looks at the first character.
/// </summary>
public static class SpreadsheetCells
{
    public const int MaxLength = 32_767;
    public const char FormulaEscape = '\'';

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Prepare(string cell)
    {
        var text = NeutraliseAfterWhiteSpace(cell);
        return text.Length <= MaxLength ? text : Cut(text);
    }

    private static string NeutraliseAfterWhiteSpace(string cell)
    {
        var first = 0;
        while (first < cell.Length && char.IsWhiteSpace(cell[first]) && Array.IndexOf(FormulaStarts, cell[first]) < 0) first++;
        var startsFormulaLater = first > 0 && first < cell.Length && Array.IndexOf(FormulaStarts, cell[first]) >= 0;
        return startsFormulaLater ? FormulaEscape + cell : cell;
    }

    private static string Cut(string cell)
    {
        // The marker's length depends on the count it shows, so room is reserved for the longest count;
        // one more character stays free for the apostrophe CsvHelper may add in front.
        var markerRoom = Marker(cell.Length).Length;
        var keep = MaxLength - 1 - markerRoom;
        if (char.IsHighSurrogate(cell[keep - 1])) keep--;
        return string.Concat(cell.AsSpan(0, keep), Marker(cell.Length - keep));
    }

    private static string Marker(int missing) =>
        string.Create(CultureInfo.InvariantCulture, $" […cut: {missing:N0} more characters]");
}
