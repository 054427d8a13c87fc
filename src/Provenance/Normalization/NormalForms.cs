namespace Provenance.Normalization;

/// <summary>
/// Every normal form met in this process, numbered once, with its <see cref="StableHash"/>. Tokens
/// carry the number instead of the string and its hash, so that the millions of tokens an analysis
/// keeps hold no references for the garbage collector to trace and take 16 bytes each. Append-only
/// and safe for concurrent use: a number is handed out only after its form and hash are readable.
/// </summary>
public static class NormalForms
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static volatile string[] _forms = new string[1024];
    private static volatile ulong[] _hashes = new ulong[1024];

    public static int NumberOf(string form)
    {
        lock (Gate)
        {
            if (Numbers.TryGetValue(form, out var number)) return number;
            number = Numbers.Count;
            if (number == _forms.Length)
            {
                var grown = new string[number * 2];
                Array.Copy(_forms, grown, number);
                _forms = grown;
                var grownHashes = new ulong[number * 2];
                Array.Copy(_hashes, grownHashes, number);
                _hashes = grownHashes;
            }
            _forms[number] = form;
            _hashes[number] = StableHash.Of(form);
            Numbers.Add(form, number);
            return number;
        }
    }

    public static string Of(int number) => _forms[number];

    public static ulong HashOf(int number) => _hashes[number];

    /// <summary>The hash of each token's form, into <paramref name="destination"/>: one read of the table for them all.</summary>
    public static void CopyHashes(ReadOnlySpan<Token> tokens, Span<ulong> destination)
    {
        var hashes = _hashes;
        for (var i = 0; i < tokens.Length; i++) destination[i] = hashes[tokens[i].Form];
    }
}
