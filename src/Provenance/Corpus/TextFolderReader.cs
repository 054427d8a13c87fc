using System.Text.RegularExpressions;
using Provenance.Diagnostics;
using Provenance.Text;

namespace Provenance.Corpus;

/// <summary>
/// Reads a folder of <c>.txt</c> files, one article each: the id is the file name; a first line
/// <c>date YYYY-MM-DD ...</c> gives the date; a short first line without closing punctuation is the
/// title (or a photo caption) rather than body text. The outlet is unknown.
/// </summary>
public sealed partial class TextFolderReader : ICorpusReader
{
    private const int MaxTitleLength = 200;

    public IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(path, "*.txt", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal);
        foreach (var file in files) yield return ReadFile(file, diagnostics);
    }

    /// <summary>One file, one record: an article, or the file rejected when it cannot be read, is too long or is binary.</summary>
    private static CorpusItem ReadFile(string file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > RecordLimits.MaxRecordBytes)
                return Reject(DiagnosticDescriptors.RecordTooLong, file, length, RecordLimits.MaxRecordBytes);
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Reject(DiagnosticDescriptors.UnreadableInput, file, e.Message);
        }
        if (TextDecoder.LooksBinary(bytes)) return Reject(DiagnosticDescriptors.BinaryInput, file);

        var content = TextDecoder.Decode(bytes, out var invalidAt);
        if (invalidAt >= 0)
        {
            var line = 1 + bytes.AsSpan(0, invalidAt).Count((byte)'\n');
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NotUtf8, new Location(file, line), invalidAt + 1)
                .WithRecordId(Path.GetFileNameWithoutExtension(file)));
        }
        return ReadArticle(file, content);
    }

    /// <summary>A file rejected before its text was read: the file itself, left where it is, is the record.</summary>
    private static CorpusItem Reject(DiagnosticDescriptor descriptor, string file, params object?[] args) =>
        CorpusItem.Reject(new RejectedRecord(
            Diagnostic.Create(descriptor, Location.File(file), args).WithRecordId(Path.GetFileNameWithoutExtension(file)), ""));

    internal static CorpusItem ReadArticle(string file, string content)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        var location = new Location(file, 1);
        var body = content.TrimStart('\uFEFF');
        PublishedTime? published = null;
        string? title = null;

        var firstLineEnd = body.IndexOfAny(['\r', '\n']);
        var firstLine = (firstLineEnd < 0 ? body : body[..firstLineEnd]).Trim();
        var rest = firstLineEnd < 0 ? "" : body[firstLineEnd..];

        var dateLine = DateLine().Match(firstLine);
        if (dateLine.Success && PublishedTime.TryParse(dateLine.Groups["date"].Value, out var date))
        {
            published = date;
            var remainder = dateLine.Groups["rest"].Value.Trim();
            if (remainder.Length > 0) title = remainder;
            body = rest;
        }
        else if (IsTitleLine(firstLine) && rest.Trim().Length > 0)
        {
            title = firstLine;
            body = rest;
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            var diagnostic = Diagnostic.Create(DiagnosticDescriptors.MissingText, location).WithRecordId(id);
            return CorpusItem.Reject(new RejectedRecord(diagnostic, content));
        }
        return CorpusItem.Accept(new Article(id, "", published, title, SourceText.From(body), location), content);
    }

    /// <summary>A headline or a caption: short, one line, and not ended like a sentence.</summary>
    internal static bool IsTitleLine(string line) =>
        line.Length is > 0 and <= MaxTitleLength && !".!?\"”'’:".Contains(line[^1]);

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
