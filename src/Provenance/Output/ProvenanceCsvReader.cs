using CsvHelper;

namespace Provenance.Output;

/// <summary>Reads back a provenance CSV written by <see cref="CsvTableWriter"/> (by column name, BOM or not).</summary>
public static class ProvenanceCsvReader
{
    public static List<ProvenanceRow> Read(string path)
    {
        using var reader = CsvReader.FromFile(path);
        return [.. reader.GetRecords<ProvenanceRow>()];
    }
}
