using System.Globalization;

namespace Provenance.Corpus;

/// <summary>
/// When an article was published: an instant with its offset, or a whole calendar day.
/// A day is ordered before any time of the next day and ties with any time on the same day.
/// </summary>
public readonly record struct PublishedTime(DateTimeOffset Value, bool IsDateOnly) : IComparable<PublishedTime>
{
    public static PublishedTime FromDate(DateOnly date) =>
        new(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true);

    /// <summary>The calendar day as written (in the publisher's own offset).</summary>
    public DateOnly Date => DateOnly.FromDateTime(Value.DateTime);

    public int CompareTo(PublishedTime other) =>
        IsDateOnly || other.IsDateOnly ? Date.CompareTo(other.Date) : Value.UtcDateTime.CompareTo(other.Value.UtcDateTime);

    /// <summary>A total order consistent with <see cref="CompareTo"/> where that is decisive (days sort at their start).</summary>
    public long SortKey => IsDateOnly ? Date.DayNumber * TimeSpan.TicksPerDay : Value.UtcTicks;

    public static bool TryParse(string text, out PublishedTime time)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            time = FromDate(date);
            return true;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && text.Length >= 10 && char.IsAsciiDigit(text[0]))
        {
            time = new PublishedTime(instant, false);
            return true;
        }
        time = default;
        return false;
    }

    /// <summary>ISO 8601: <c>yyyy-MM-dd</c> for a day, <c>yyyy-MM-ddTHH:mm:sszzz</c> for an instant.</summary>
    public override string ToString() => IsDateOnly
        ? Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
