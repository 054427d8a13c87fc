namespace Provenance.Indexing;

/// <summary>
/// The postings of a <see cref="ShingleIndex"/> turned around: for each article it was built from, the
/// ids of its shingles that the index keeps, ascending (ids ascend as the shingles do). A target's own
/// list tells the candidate search which of its shingles have postings, so it reads those few instead
/// of looking up every shingle it has, most of which (those of one article) the index does not hold.
/// </summary>
internal sealed class ArticleShingles
{
    private readonly bool[] _indexed;
    private readonly int[] _starts;
    private readonly int[] _ids;

    /// <param name="indexed">The ordinals of the articles the index was built from.</param>
    public ArticleShingles(IReadOnlyList<int> indexed, int shingleCount, int[] postingStarts, int[] postings)
    {
        var ordinals = indexed.Count == 0 ? 0 : indexed.Max() + 1;
        _indexed = new bool[ordinals];
        foreach (var ordinal in indexed) _indexed[ordinal] = true;
        _starts = new int[ordinals + 1];
        _ids = new int[postingStarts[shingleCount]];
        foreach (var ordinal in postings.AsSpan(0, _ids.Length)) _starts[ordinal + 1]++;
        for (var ordinal = 0; ordinal < ordinals; ordinal++) _starts[ordinal + 1] += _starts[ordinal];
        var next = _starts[..^1];
        for (var id = 0; id < shingleCount; id++)
            for (var p = postingStarts[id]; p < postingStarts[id + 1]; p++)
                _ids[next[postings[p]]++] = id;
    }

    public bool Holds(int ordinal) => ordinal >= 0 && ordinal < _indexed.Length && _indexed[ordinal];

    /// <summary>The ids of the kept shingles of an article the index was built from, ascending.</summary>
    public ReadOnlySpan<int> Of(int ordinal) => _ids.AsSpan(_starts[ordinal], _starts[ordinal + 1] - _starts[ordinal]);
}
