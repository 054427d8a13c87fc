using System.Text.RegularExpressions;

namespace Provenance.Segmentation;

/// <summary>
/// Whether a paragraph matches any of the boilerplate patterns (case-insensitive). The patterns the
/// non-backtracking engine accepts are matched as one automaton: one call reads the start of the
/// paragraph for all of them, in linear time, so no timeout is needed. The others (lookarounds) are
/// tried one by one by the backtracking engine with a timeout. The automata are built in the background;
/// until they are ready, every pattern is tried on its own by the interpreter (the answer is the same), so
/// a small run does not wait for them. On the paragraphs of 20,000 generated
/// articles one automaton for the shipped list takes 33–61 ms a pass (five automata of eight: 130–160 ms,
/// and more to build); all patterns tried one by one, 0.39 s; one backtracking alternation, 0.62 s.
/// </summary>
public sealed class BoilerplateMatcher
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // The engine refuses an automaton past a size (10,000 nodes unless configured); the union of the
    // shipped patterns has some 40,000. The limit is raised unless the host set one; a union still too
    // large is split.
    private const string AutomatonSizeLimit = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";
    private const int MaxAutomatonSize = 100_000;

    private readonly Task<(Regex[] Automata, Regex[] Backtracking)> _built;

    // Each pattern on its own on the backtracking interpreter, which needs no building: what a small run,
    // over before the automata are built, matches with.
    private readonly Regex[] _interpreted;

    /// <exception cref="ArgumentException">A pattern is not a valid regular expression.</exception>
    public BoilerplateMatcher(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        // Parsing alone is quick, and names the pattern in its error.
        _interpreted = [.. list.Select(pattern => new Regex(pattern, Options, Timeout))];
        _built = Task.Run(() => Build(list));
    }

    private (Regex[] Automata, Regex[] Backtracking) Built => _built.GetAwaiter().GetResult();

    private static (Regex[] Automata, Regex[] Backtracking) Build(List<string> patterns)
    {
        var automata = new List<Regex>();
        var backtracking = new List<Regex>();
        // Lookarounds, which the non-backtracking engine refuses, are found by their syntax first: finding
        // them by splitting refused unions would build a dozen automata for nothing.
        foreach (var pattern in patterns.Where(HasLookaround)) backtracking.Add(Backtracking(pattern));
        if (AppContext.GetData(AutomatonSizeLimit) is null) AppContext.SetData(AutomatonSizeLimit, MaxAutomatonSize);
        string[] others = [.. patterns.Where(p => !HasLookaround(p))];
        if (others.Length > 0) Group(others, automata, backtracking);
        return ([.. automata], [.. backtracking]);
    }

    /// <summary>How many automata the non-backtracking patterns were grouped into, and how many patterns are tried alone.</summary>
    internal (int Automata, int Backtracking) Shape => (Built.Automata.Length, Built.Backtracking.Length);

    public bool IsMatch(ReadOnlySpan<char> paragraph)
    {
        if (!_built.IsCompleted && TryMatchInterpreted(paragraph, out var matched)) return matched;
        var (automata, backtracking) = Built;
        foreach (var automaton in automata)
            if (automaton.IsMatch(paragraph)) return true;
        foreach (var pattern in backtracking)
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

    /// <summary>
    /// The patterns tried one by one on the interpreter, while the automata are being built: the same answer,
    /// as the engines agree on whether a text matches a pattern. False, leaving the paragraph to the
    /// automata, when a pattern runs past the timeout (the automata would not).
    /// </summary>
    internal bool TryMatchInterpreted(ReadOnlySpan<char> paragraph, out bool matched)
    {
        matched = false;
        try
        {
            foreach (var pattern in _interpreted)
            {
                if (!pattern.IsMatch(paragraph)) continue;
                matched = true;
                break;
            }
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// One automaton for the patterns if the engine accepts their union; else each half on its own,
    /// down to single patterns, which the engine refuses for their constructs or size (every pattern
    /// parses: that was checked first). A union fails to parse when a
    /// free-spacing pattern's '#' comment swallows the rest of it, so that pattern ends up alone too.
    /// </summary>
    private static void Group(string[] patterns, List<Regex> automata, List<Regex> backtracking)
    {
        var union = patterns.Length == 1 ? patterns[0] : string.Join('|', patterns.Select(p => $"(?:{p})"));
        try
        {
            automata.Add(new Regex(union, Options | RegexOptions.NonBacktracking));
        }
        catch (Exception e) when ((e is NotSupportedException or ArgumentException) && patterns.Length > 1)
        {
            Group(patterns[..(patterns.Length / 2)], automata, backtracking);
            Group(patterns[(patterns.Length / 2)..], automata, backtracking);
        }
        catch (NotSupportedException)
        {
            backtracking.Add(Backtracking(patterns[0]));
        }
    }

    private static Regex Backtracking(string pattern) => new(pattern, Options | RegexOptions.Compiled, Timeout);

    private static bool HasLookaround(string pattern) =>
        pattern.Contains("(?=") || pattern.Contains("(?!") || pattern.Contains("(?<=") || pattern.Contains("(?<!");
}
