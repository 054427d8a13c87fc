namespace Provenance.Normalization;

/// <summary>Finds the shipped <c>data/</c> folder: beside the program, or in a parent folder of it (a source checkout).</summary>
public static class DataDirectory
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "wordlists"))) return candidate;
        }
        throw new DirectoryNotFoundException($"No data/wordlists folder beside {AppContext.BaseDirectory} or above it.");
    }

    public static string WordLists(string dataDirectory) => Path.Combine(dataDirectory, "wordlists");
    public static string Model(string dataDirectory) => Path.Combine(dataDirectory, "models", "wirecopy.zip");
}
