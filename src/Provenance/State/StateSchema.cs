namespace Provenance.State;

/// <summary>
/// The tables of the nightly state. <c>article</c>: every stored version of an article, with its
/// shingles (a blob of 64-bit hashes, empty once a newer version supersedes it) and <c>age</c>, the
/// UTC ticks the retention window measures. <c>posting</c>: shingle → article, the inverted index.
/// <c>frequency</c>: how many indexed articles hold each shingle, so the frequency cap is decided
/// without counting postings. <c>link</c>: each stored paragraph copied whole, with its direct
/// source as a run over every night so far decided it, so chains through earlier nights are followed
/// step by step without re-analysing them, and a stored article decided again (an earlier source
/// arrived) changes the chains through it.
/// </summary>
internal static class StateSchema
{
    /// <summary>
    /// Kept in SQLite's <c>user_version</c>; a state with a higher number is refused. Format 1 kept each
    /// link's earliest source instead of its direct one; <see cref="Upgrade"/> takes such a state as it is.
    /// </summary>
    public const int Version = 2;

    /// <summary>
    /// From format 1: a link to the earliest source is also a step to it, so following it ends the chain
    /// where format 1 ended it; the articles of those nights are only decided again when tonight's
    /// articles could precede them, and then their links become direct ones.
    /// </summary>
    public const string Upgrade = "PRAGMA user_version = 2;";

    /// <summary>Marks the file as a provenance state (SQLite's <c>application_id</c>): "PRV1".</summary>
    public const int ApplicationId = 0x50525631;

    public const string Create = """
        CREATE TABLE article (
            row INTEGER PRIMARY KEY,
            id TEXT NOT NULL,
            version INTEGER NOT NULL,
            outlet TEXT NOT NULL,
            published_ticks INTEGER,
            published_offset_minutes INTEGER,
            published_date_only INTEGER,
            title TEXT,
            text TEXT NOT NULL,
            age INTEGER NOT NULL,
            shingles BLOB NOT NULL,
            UNIQUE (id, version));
        CREATE INDEX article_age ON article (age);
        CREATE TABLE posting (shingle INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (shingle, article)) WITHOUT ROWID;
        CREATE TABLE frequency (shingle INTEGER PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE link (
            article INTEGER NOT NULL, paragraph INTEGER NOT NULL, source INTEGER NOT NULL, source_paragraph INTEGER NOT NULL,
            PRIMARY KEY (article, paragraph)) WITHOUT ROWID;
        CREATE INDEX link_source ON link (source);
        """;
}
