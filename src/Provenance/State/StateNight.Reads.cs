using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Provenance.Corpus;
using Provenance.Diagnostics;
using Provenance.Text;

namespace Provenance.State;

/// <summary>The look-ups of a run: each by key, so its cost follows tonight's articles and their matches, not the state's size.</summary>
public sealed partial class StateNight
{
    /// <summary>How many indexed articles of the state hold each shingle (absent: none).</summary>
    public Dictionary<ulong, int> Frequencies(IEnumerable<ulong> shingles)
    {
        var frequencies = new Dictionary<ulong, int>();
        using var command = Command("SELECT articles FROM frequency WHERE shingle = $s", "$s");
        foreach (var shingle in shingles)
        {
            command.Parameters[0].Value = Key(shingle);
            if (command.ExecuteScalar() is long count) frequencies[shingle] = (int)count;
        }
        return frequencies;
    }

    /// <summary>The rows of the indexed articles holding each shingle.</summary>
    public Dictionary<ulong, List<long>> Postings(IEnumerable<ulong> shingles)
    {
        var postings = new Dictionary<ulong, List<long>>();
        using var command = Command("SELECT article FROM posting WHERE shingle = $s", "$s");
        foreach (var shingle in shingles)
        {
            command.Parameters[0].Value = Key(shingle);
            using var reader = command.ExecuteReader();
            var rows = new List<long>();
            while (reader.Read()) rows.Add(reader.GetInt64(0));
            postings[shingle] = rows;
        }
        return postings;
    }

    /// <summary>The shingles each of these articles is indexed under (none once a newer version superseded it).</summary>
    public Dictionary<long, ulong[]> Shingles(IEnumerable<long> rows)
    {
        var shingles = new Dictionary<long, ulong[]>();
        using var command = Command("SELECT shingles FROM article WHERE row = $r", "$r");
        foreach (var row in rows)
        {
            command.Parameters[0].Value = row;
            if (command.ExecuteScalar() is byte[] blob) shingles[row] = [.. MemoryMarshal.Cast<byte, ulong>(blob)];
        }
        return shingles;
    }

    /// <summary>The stored whole copies of these articles, each with its direct source.</summary>
    public List<StoredLink> CopiedLinks(IEnumerable<long> rows)
    {
        var links = new List<StoredLink>();
        using var command = Command("SELECT paragraph, source, source_paragraph FROM link WHERE article = $a", "$a");
        foreach (var row in rows)
        {
            command.Parameters[0].Value = row;
            using var reader = command.ExecuteReader();
            while (reader.Read()) links.Add(new StoredLink(row, reader.GetInt32(0), reader.GetInt64(1), reader.GetInt32(2)));
        }
        return links;
    }

    /// <summary>The stored articles at these rows, with their text or (to order and rank them) only their fields.</summary>
    public List<StoredArticle> Articles(IEnumerable<long> rows, bool withText)
    {
        var articles = new List<StoredArticle>();
        var text = withText ? "text" : "''";
        using var command = Command(
            $"SELECT id, outlet, published_ticks, published_offset_minutes, published_date_only, title, {text} FROM article WHERE row = $r", "$r");
        foreach (var row in rows)
        {
            command.Parameters[0].Value = row;
            using var reader = command.ExecuteReader();
            if (reader.Read()) articles.Add(new StoredArticle(row, Read(reader)));
        }
        return articles;
    }

    /// <summary>The newest stored version of an article id, with its text.</summary>
    private (long Row, int Version, string Text)? LatestVersion(string id)
    {
        using var command = Command("SELECT row, version, text FROM article WHERE id = $id ORDER BY version DESC LIMIT 1", "$id");
        command.Parameters[0].Value = id;
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2)) : null;
    }

    private Article Read(SqliteDataReader reader)
    {
        PublishedTime? published = reader.IsDBNull(2)
            ? null
            : new PublishedTime(new DateTimeOffset(reader.GetInt64(2), TimeSpan.FromMinutes(reader.GetInt32(3))), reader.GetInt32(4) != 0);
        return new Article(reader.GetString(0), reader.GetString(1), published, reader.IsDBNull(5) ? null : reader.GetString(5),
            SourceText.From(reader.GetString(6)), Location.File(path));
    }
}
