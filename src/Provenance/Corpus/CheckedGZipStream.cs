using System.Buffers.Binary;
using System.IO.Compression;

namespace Provenance.Corpus;

/// <summary>
/// Decompresses a <c>.gz</c> file and, at its end, checks the CRC-32 and length in the gzip trailer.
/// .NET's <see cref="GZipStream"/> ends a truncated file silently, as if it were complete; this
/// throws <see cref="InvalidDataException"/> instead, after every byte that could be decompressed.
/// Only a single-member file (as gzip, pigz and .NET write them) can be checked: the trailer of
/// files concatenated with <c>cat</c> describes the last member alone, and they are reported too.
/// </summary>
public sealed class CheckedGZipStream : Stream
{
    private const int TrailerLength = 8;
    private const int MinimumLength = 10 + 2 + TrailerLength;

    private readonly GZipStream _gzip;
    private readonly uint? _expectedCrc;
    private readonly uint _expectedLength;
    private readonly Crc32 _crc = new();
    private uint _length;
    private bool _checked;

    public CheckedGZipStream(FileStream file)
    {
        if (file.Length >= MinimumLength)
        {
            Span<byte> trailer = stackalloc byte[TrailerLength];
            file.Seek(-TrailerLength, SeekOrigin.End);
            file.ReadExactly(trailer);
            file.Seek(0, SeekOrigin.Begin);
            _expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
            _expectedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        }
        _gzip = new GZipStream(file, CompressionMode.Decompress);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _gzip.Read(buffer);
        if (read > 0)
        {
            _crc.Append(buffer[..read]);
            _length += (uint)read; // ISIZE is the length modulo 2^32
        }
        else if (buffer.Length > 0 && !_checked)
        {
            _checked = true;
            if (_expectedCrc != _crc.Value || _expectedLength != _length)
                throw new InvalidDataException("the gzip data ends early or is corrupt (its CRC-32 or length does not match); the records before that point were read");
        }
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
