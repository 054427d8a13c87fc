using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Provenance.Corpus;

namespace Provenance.State;

/// <summary>
/// How long articles stay in the state (<c>--window 30d</c>; <c>h</c> for hours, <c>d</c> days, <c>w</c> weeks).
/// The window ends at tonight's reference time, the latest publication among tonight's articles (or the
/// run's clock when none is dated), so a re-run of the same night keeps and drops the same articles.
/// An article's age is its publication; an undated article ages from the reference time of the night that stored it.
/// </summary>
public sealed record RetentionWindow(TimeSpan Length)
{
    public static RetentionWindow Default { get; } = new(TimeSpan.FromDays(30));

    public static bool TryParse(string text, [NotNullWhen(true)] out RetentionWindow? window)
    {
        window = null;
        text = text.Trim();
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            return false;
        TimeSpan? length = char.ToLowerInvariant(text[^1]) switch
        {
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            'w' => TimeSpan.FromDays(7.0 * count),
            _ => null,
        };
        if (length is null) return false;
        window = new RetentionWindow(length.Value);
        return true;
    }

    /// <summary>Tonight's reference time, in UTC ticks.</summary>
    public static long ReferenceTicks(IEnumerable<Article> tonight, DateTimeOffset now) =>
        tonight.Select(a => a.Published?.SortKey).Max() ?? now.UtcTicks;

    /// <summary>Articles aged before this (UTC ticks) leave the state.</summary>
    public long CutoffTicks(long referenceTicks) => referenceTicks - Length.Ticks;

    public static long Age(Article article, long referenceTicks) => article.Published?.SortKey ?? referenceTicks;
}
