namespace Provenance.Normalization;

/// <summary>
/// Every normal form met in this process, numbered once. Tokens carry the number instead of a
/// reference to the string, so that the millions of tokens an analysis keeps hold no references
/// for the garbage collector to trace. Append-only and safe for concurrent use: a number is
/// handed out only after its form is readable.
/// </summary>
public static class NormalForms
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static volatile string[] _forms = new string[1024];

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
            }
            _forms[number] = form;
            Numbers.Add(form, number);
            return number;
        }
    }

    public static string Of(int number) => _forms[number];
}
