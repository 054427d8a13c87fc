using System.Text.RegularExpressions;

namespace Provenance.Segmentation;

/// <summary>
/// Whether a paragraph matches any of the boilerplate patterns. The patterns anchored at the start are
/// tried as one alternation, so a paragraph costs one match attempt instead of one per pattern (the
/// per-call overhead of some sixty short matches was most of the cost); the others are tried one by one.
/// </summary>
public sealed class BoilerplateMatcher
{
    private readonly Regex[] _patterns;

    public BoilerplateMatcher(IReadOnlyList<Regex> patterns)
    {
        var anchored = patterns.Where(p => p.ToString().StartsWith('^')).ToList();
        var others = patterns.Where(p => !p.ToString().StartsWith('^'));
        _patterns = anchored.Count < 2
            ? [.. patterns]
            : [Combine(anchored), .. others];
    }

    public bool IsMatch(string paragraph)
    {
        foreach (var pattern in _patterns)
        {
            try
            {
                if (pattern.IsMatch(paragraph)) return true;
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological paragraph is treated as story text rather than stalling the run.
            }
        }
        return false;
    }

    private static Regex Combine(IReadOnlyList<Regex> patterns)
    {
        var first = patterns[0];
        var options = first.Options;
        if (patterns.Any(p => p.Options != options))
            throw new ArgumentException("Boilerplate patterns anchored at the start must share their options.", nameof(patterns));
        // Numbered groups would be renumbered by the alternation, so no pattern may refer back to one.
        var body = string.Join("|", patterns.Select(p => $"(?:{p})"));
        return new Regex(body, options | RegexOptions.ExplicitCapture, first.MatchTimeout);
    }
}
