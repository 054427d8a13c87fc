namespace Provenance.Corpus;

/// <summary>
/// Splits a byte stream into lines at LF, CR LF or a lone CR, skipping a UTF-8 byte-order mark.
/// Memory stays bounded whatever the input: a line over <c>maxLineBytes</c> is read to its end
/// but only its first <see cref="RecordLimits.KeptBytesOfTooLongRecord"/> bytes are kept.
/// </summary>
public sealed class LineReader(Stream stream, int maxLineBytes)
{
    private const int BlockSize = 64 * 1024;
    private const int SniffLength = 8 * 1024;

    private readonly byte[] _block = new byte[BlockSize];
    private readonly MemoryStream _line = new();
    private int _position;
    private int _end;
    private bool _started;
    private bool _afterCr;
    private bool _atEnd;

    /// <summary>The number of the last line read, or 0 before the first.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Whether the first block of the input holds a NUL byte, so it is not a text file; reads nothing away.</summary>
    public bool StartsWithBinary()
    {
        Start();
        return TextDecoder.LooksBinary(_block.AsSpan(_position, Math.Min(_end - _position, SniffLength)));
    }

    public bool TryRead(out RawLine line)
    {
        Start();
        _line.SetLength(0);
        long length = 0;
        while (true)
        {
            if (_position == _end && !Fill(append: false))
            {
                if (length == 0)
                {
                    line = default;
                    return false;
                }
                break;
            }
            if (_afterCr)
            {
                _afterCr = false;
                if (_block[_position] == (byte)'\n') _position++;
                continue;
            }
            var span = _block.AsSpan(_position, _end - _position);
            var stop = span.IndexOfAny((byte)'\n', (byte)'\r');
            var content = stop < 0 ? span : span[..stop];
            Keep(content, length);
            length += content.Length;
            if (stop < 0)
            {
                _position = _end;
                continue;
            }
            _afterCr = span[stop] == (byte)'\r';
            _position += stop + 1;
            line = Finish(length);
            return true;
        }
        line = Finish(length);
        return true;
    }

    private RawLine Finish(long length)
    {
        LineNumber++;
        return new RawLine(LineNumber, _line.ToArray(), length);
    }

    private void Keep(ReadOnlySpan<byte> content, long lengthSoFar)
    {
        var limit = lengthSoFar + content.Length <= maxLineBytes ? maxLineBytes : RecordLimits.KeptBytesOfTooLongRecord;
        if (_line.Length > limit) _line.SetLength(limit);
        var room = (int)(limit - _line.Length);
        _line.Write(content[..Math.Min(room, content.Length)]);
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        while (_end < 3 && Fill(append: true)) { }
        if (_block.AsSpan(0, _end).StartsWith("\uFEFF"u8)) _position = 3;
    }

    /// <summary>Reads more input into the block: after what it holds, or replacing it once consumed.</summary>
    private bool Fill(bool append)
    {
        if (_atEnd) return false;
        if (!append) _position = _end = 0;
        var read = stream.Read(_block, _end, _block.Length - _end);
        if (read == 0) _atEnd = true;
        _end += read;
        return read > 0;
    }
}
