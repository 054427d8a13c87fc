using System.Text;

namespace Provenance.Corpus;

/// <summary>
/// A record as read, kept so that a rejection can quote it verbatim. A JSON line that is valid UTF-8
/// is parsed from its bytes, and made text only if something asks for it (few records are rejected).
/// </summary>
public sealed class RecordText
{
    private readonly byte[]? _utf8;
    private string? _text;

    public RecordText(string text) => _text = text;

    /// <param name="utf8">Valid UTF-8, not changed afterwards.</param>
    public RecordText(byte[] utf8) => _utf8 = utf8;

    public override string ToString() => _text ??= Encoding.UTF8.GetString(_utf8!);
}
