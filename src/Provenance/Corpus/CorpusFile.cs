namespace Provenance.Corpus;

/// <summary>Opens an input file as the bytes of its text: decompressed and checked when it is a <c>.gz</c>.</summary>
public static class CorpusFile
{
    public static Stream OpenRead(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) return file;
        try
        {
            return new CheckedGZipStream(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }
}
