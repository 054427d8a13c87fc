using Provenance.Diagnostics;

namespace Provenance.Corpus;

/// <summary>Reads the records of one input (a file or a folder), in input order.</summary>
public interface ICorpusReader
{
    IEnumerable<CorpusItem> Read(string path, DiagnosticBag diagnostics);
}
