using System.Runtime.InteropServices;
using Provenance.Corpus;

namespace Provenance.State;

/// <summary>The changes of a run: articles leave (window, superseded versions, a re-run's own) and tonight's are stored.</summary>
public sealed partial class StateNight
{
    /// <summary>Drops the articles whose age is before <paramref name="cutoffTicks"/>, with their postings and links.</summary>
    public int Evict(long cutoffTicks)
    {
        var rows = new List<long>();
        using (var select = Command("SELECT row FROM article WHERE age < $cutoff", "$cutoff"))
        {
            select.Parameters[0].Value = cutoffTicks;
            using var reader = select.ExecuteReader();
            while (reader.Read()) rows.Add(reader.GetInt64(0));
        }
        using var links = Command("DELETE FROM link WHERE article = $r OR source = $r", "$r");
        using var article = Command("DELETE FROM article WHERE row = $r", "$r");
        foreach (var row in rows)
        {
            Unindex(row);
            links.Parameters[0].Value = row;
            links.ExecuteNonQuery();
            article.Parameters[0].Value = row;
            article.ExecuteNonQuery();
        }
        return rows.Count;
    }

    /// <summary>
    /// Sets tonight's articles against the state. The same id with the same text is the article already
    /// stored (a re-run): it leaves the index, to be analysed again and stored back in its row. The same
    /// id with changed text is a new version: the earlier ones leave the index but stay for the chains through them.
    /// </summary>
    public List<TonightArticle> Admit(IEnumerable<Article> articles)
    {
        var tonight = new List<TonightArticle>();
        using var forgetLinks = Command("DELETE FROM link WHERE article = $r", "$r");
        using var forgetArticle = Command("DELETE FROM article WHERE row = $r", "$r");
        foreach (var article in articles)
        {
            if (LatestVersion(article.Id) is not { } latest)
            {
                tonight.Add(new TonightArticle(article, null, 1));
                continue;
            }
            if (latest.Text == article.Body.ToString())
            {
                Unindex(latest.Row);
                forgetLinks.Parameters[0].Value = latest.Row;
                forgetLinks.ExecuteNonQuery();
                forgetArticle.Parameters[0].Value = latest.Row;
                forgetArticle.ExecuteNonQuery();
                tonight.Add(new TonightArticle(article, latest.Row, latest.Version));
                continue;
            }
            Unindex(latest.Row);
            tonight.Add(new TonightArticle(article, null, latest.Version + 1));
        }
        return tonight;
    }

    /// <summary>Stores tonight's article (in its old row on a re-run) and indexes its shingles; returns its row.</summary>
    public long Store(TonightArticle tonight, long age, IReadOnlyCollection<ulong> shingles)
    {
        var article = tonight.Article;
        var keys = shingles.Select(Key).Order().ToArray();
        using var insert = Command("""
            INSERT INTO article (row, id, version, outlet, published_ticks, published_offset_minutes, published_date_only, title, text, age, shingles)
            VALUES ($row, $id, $version, $outlet, $ticks, $offset, $dateOnly, $title, $text, $age, $shingles) RETURNING row
            """, "$row", "$id", "$version", "$outlet", "$ticks", "$offset", "$dateOnly", "$title", "$text", "$age", "$shingles");
        var published = article.Published;
        object?[] values =
        [
            tonight.Row, article.Id, tonight.Version, article.Outlet,
            published?.Value.Ticks, published?.Value.Offset.TotalMinutes, published is { } p ? (p.IsDateOnly ? 1 : 0) : null,
            article.Title, article.Body.ToString(), age,
        ];
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        insert.Parameters[10].Value = MemoryMarshal.AsBytes(keys.AsSpan()).ToArray();
        var row = (long)insert.ExecuteScalar()!;

        using var posting = Command("INSERT INTO posting (shingle, article) VALUES ($s, $a)", "$s", "$a");
        using var frequency = Command(
            "INSERT INTO frequency (shingle, articles) VALUES ($s, 1) ON CONFLICT (shingle) DO UPDATE SET articles = articles + 1", "$s");
        posting.Parameters[1].Value = row;
        foreach (var key in keys)
        {
            posting.Parameters[0].Value = key;
            posting.ExecuteNonQuery();
            frequency.Parameters[0].Value = key;
            frequency.ExecuteNonQuery();
        }
        return row;
    }

    /// <summary>Drops the stored links of these articles, to store them again as decided tonight.</summary>
    public void ForgetLinks(IEnumerable<long> rows)
    {
        using var delete = Command("DELETE FROM link WHERE article = $r", "$r");
        foreach (var row in rows)
        {
            delete.Parameters[0].Value = row;
            delete.ExecuteNonQuery();
        }
    }

    public void StoreLinks(IEnumerable<StoredLink> links)
    {
        using var insert = Command("INSERT INTO link (article, paragraph, source, source_paragraph) VALUES ($a, $p, $s, $sp)", "$a", "$p", "$s", "$sp");
        foreach (var link in links)
        {
            insert.Parameters[0].Value = link.Row;
            insert.Parameters[1].Value = link.Paragraph;
            insert.Parameters[2].Value = link.SourceRow;
            insert.Parameters[3].Value = link.SourceParagraph;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Takes an article out of the index: its postings go, its shingles' frequencies drop, its shingle list is emptied.</summary>
    private void Unindex(long row)
    {
        byte[] blob;
        using (var select = Command("SELECT shingles FROM article WHERE row = $r", "$r"))
        {
            select.Parameters[0].Value = row;
            blob = (byte[])select.ExecuteScalar()!;
        }
        if (blob.Length == 0) return;
        using var posting = Command("DELETE FROM posting WHERE shingle = $s AND article = $a", "$s", "$a");
        using var decrement = Command("UPDATE frequency SET articles = articles - 1 WHERE shingle = $s", "$s");
        using var unused = Command("DELETE FROM frequency WHERE shingle = $s AND articles <= 0", "$s");
        posting.Parameters[1].Value = row;
        foreach (var key in MemoryMarshal.Cast<byte, long>(blob))
        {
            posting.Parameters[0].Value = key;
            posting.ExecuteNonQuery();
            decrement.Parameters[0].Value = key;
            decrement.ExecuteNonQuery();
            unused.Parameters[0].Value = key;
            unused.ExecuteNonQuery();
        }
        using var empty = Command("UPDATE article SET shingles = x'' WHERE row = $r", "$r");
        empty.Parameters[0].Value = row;
        empty.ExecuteNonQuery();
    }
}
