using System.Text.Json;
using Provenance.Diagnostics;
using Provenance.Indexing;
using Provenance.Normalization;
using Provenance.Output;
using Provenance.Pipeline;
using Provenance.Scoring;
using Provenance.State;
using Provenance.Tracing;

namespace Provenance.Tests.State;

/// <summary>Nightly runs against a state: the same rows as one run over every night, re-runs, versions, the window, bad states.</summary>
public class IncrementalPipelineTests
{
    private static readonly Lazy<WireCopyModel> Model = new(() => WireCopyModel.Load(DataDirectory.Model(DataDirectory.Find())));
    private static readonly PipelineOptions Options = new() { Threads = 2 };
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Story =
        "The central bank raised its benchmark interest rate by a quarter of a percentage point on Thursday, citing stubborn inflation in services and housing.\n\n" +
        "Governor Maria Lopez told reporters that the committee had weighed the risk of slowing hiring against the cost of letting prices rise for another year.\n\n" +
        "Markets had largely expected the move, and the currency was little changed after the announcement, while bond yields edged higher in afternoon trading.";

    private static PipelineResult Night(string state, string input, string window = "1000d", PipelineOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(StateStore.TryOpen(state, diagnostics, out var store), string.Join("\n", diagnostics.ToImmutableSorted()));
        Assert.True(RetentionWindow.TryParse(window, out var retention));
        using (store)
        {
            using var night = store.BeginNight();
            var result = new IncrementalPipeline(options ?? Options, TestData.Words, Model.Value).Run([input], night, retention, Now);
            night.Commit();
            return result;
        }
    }

    private static byte[] Csv(IEnumerable<ProvenanceRow> rows)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(stream, rows, new CsvOutputOptions());
        return stream.ToArray();
    }

    /// <summary>Every paragraph copied whole, with its direct source, as one run over <paramref name="input"/> decides them.</summary>
    private static List<string> DirectCopies(string input, PipelineOptions options)
    {
        var articles = new ProvenancePipeline(options, TestData.Words, Model.Value).Run([input]).Articles;
        var index = ShingleIndex.Build(articles, options.Index);
        return [.. new ArticleLinker(options, Model.Value).Link(articles, index, [.. Enumerable.Range(0, articles.Count)])
            .Where(l => l.Status == ParagraphStatus.Copied && l.Source is not null)
            .Select(l => $"{articles[l.Target.Ordinal].Id} {l.Target.Paragraph} {articles[l.Source!.Value.Ordinal].Id} {l.Source.Value.Paragraph}")
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The links the state holds, written as <see cref="DirectCopies"/> writes them.</summary>
    private static List<string> StoredCopies(string state) =>
        [.. StateDump.Rows(state, "SELECT a.id, l.paragraph, s.id, l.source_paragraph FROM link l JOIN article a ON a.row = l.article JOIN article s ON s.row = l.source")
            .Order(StringComparer.Ordinal)];

    private static string Jsonl(string folder, string name, params (string Id, string Outlet, string Published, string Text)[] articles)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, outlet = a.Outlet, published = a.Published, text = a.Text })));
        return path;
    }

    [Fact]
    public void Night_1_then_night_2_gives_night_2_the_rows_of_one_run_over_both()
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 300, seed: 31);
        var state = Path.Combine(folder, "state");

        var full = new ProvenancePipeline(Options, TestData.Words, Model.Value).Run([corpus.Both]);
        Night(state, corpus.Night1);
        var night2 = Night(state, corpus.Night2);

        Assert.Contains(night2.Rows, r => r.SourceArticleId != "" && !corpus.Night2Ids.Contains(r.SourceArticleId));
        Assert.Equal(Csv(full.Rows.Where(r => corpus.Night2Ids.Contains(r.ArticleId))), Csv(night2.Rows));
    }

    [Fact]
    public void Night_2_bringing_undated_and_back_dated_sources_of_stored_articles_gives_the_rows_of_one_run_over_both()
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 300, seed: 31, undatedShare: 0.1, lateSources: 10);
        var state = Path.Combine(folder, "state");

        var full = new ProvenancePipeline(Options, TestData.Words, Model.Value).Run([corpus.Both]);
        Night(state, corpus.Night1);
        var night2 = Night(state, corpus.Night2);

        Assert.Equal(Csv(full.Rows.Where(r => corpus.Night2Ids.Contains(r.ArticleId))), Csv(night2.Rows));
        Assert.Equal(DirectCopies(corpus.Both, Options), StoredCopies(state));
        var before = StateDump.Of(state);
        Assert.Equal(Csv(night2.Rows), Csv(Night(state, corpus.Night2).Rows));
        Assert.Equal(before, StateDump.Of(state));
    }

    [Fact]
    public void A_night_after_the_one_that_brought_the_late_sources_follows_the_chains_through_the_stored_articles_decided_again()
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 300, seed: 31, undatedShare: 0.1, lateSources: 10);
        var (late, onTime, onTimeIds) = corpus.Night2InTwo;
        var state = Path.Combine(folder, "state");

        var full = new ProvenancePipeline(Options, TestData.Words, Model.Value).Run([corpus.Both]);
        Night(state, corpus.Night1);
        Night(state, late);
        var third = Night(state, onTime);

        Assert.Equal(Csv(full.Rows.Where(r => onTimeIds.Contains(r.ArticleId))), Csv(third.Rows));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Shingles_night_2_takes_over_the_frequency_cap_leave_the_stored_articles_candidates_as_in_one_run(int cap)
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 300, seed: 31);
        var state = Path.Combine(folder, "state");
        var options = Options with { Index = new() { MaxDocumentFrequency = cap } };

        var full = new ProvenancePipeline(options, TestData.Words, Model.Value).Run([corpus.Both]);
        Night(state, corpus.Night1, options: options);
        var night2 = Night(state, corpus.Night2, options: options);

        Assert.Equal(Csv(full.Rows.Where(r => corpus.Night2Ids.Contains(r.ArticleId))), Csv(night2.Rows));
        Assert.Equal(DirectCopies(corpus.Both, options), StoredCopies(state));
    }

    [Fact]
    public void A_source_arriving_after_its_copy_becomes_the_stored_source_of_that_copy()
    {
        var folder = TestData.TempFolder();
        var state = Path.Combine(folder, "state");
        Night(state, Jsonl(folder, "n1.jsonl", ("daily", "Daily", "2024-05-02", Story)));

        var second = Night(state, Jsonl(folder, "n2.jsonl", ("wire", "AP", "2024-05-01", Story)));

        Assert.All(second.Rows, r => Assert.Equal("original", r.Status));
        Assert.Equal(3, StateDump.Count(state,
            "SELECT count(*) FROM link JOIN article a ON a.row = link.article JOIN article s ON s.row = link.source WHERE a.id = 'daily' AND s.id = 'wire'"));
    }

    [Fact]
    public void Rerunning_a_night_changes_neither_its_rows_nor_the_state()
    {
        var folder = TestData.TempFolder();
        var corpus = NightlyCorpus.Write(folder, articles: 120, seed: 5);
        var state = Path.Combine(folder, "state");
        Night(state, corpus.Night1);
        var first = Night(state, corpus.Night2);
        var before = StateDump.Of(state);

        var again = Night(state, corpus.Night2);

        Assert.Equal(Csv(first.Rows), Csv(again.Rows));
        Assert.Equal(before, StateDump.Of(state));
        Assert.Equal(120, StateDump.Count(state, "SELECT count(*) FROM article"));
    }

    [Fact]
    public void An_id_seen_again_with_changed_text_is_a_new_version_and_not_its_own_source()
    {
        var folder = TestData.TempFolder();
        var state = Path.Combine(folder, "state");
        Night(state, Jsonl(folder, "n1.jsonl", ("x", "Daily", "2024-05-01", Story)));

        var updated = Night(state, Jsonl(folder, "n2.jsonl", ("x", "Daily", "2024-05-02", Story + "\n\nThe bank will publish the minutes of the meeting in three weeks.")));

        Assert.All(updated.Rows, r => Assert.Equal("original", r.Status));
        Assert.Equal(2, StateDump.Count(state, "SELECT count(*) FROM article WHERE id = 'x'"));
        Assert.Equal(2, StateDump.Count(state, "SELECT max(version) FROM article WHERE id = 'x'"));
        Assert.Equal(0, StateDump.Count(state, "SELECT count(*) FROM posting JOIN article ON row = posting.article WHERE version = 1"));
    }

    [Theory]
    [InlineData("30d", "original", 1)]
    [InlineData("90d", "copied", 2)]
    public void Articles_older_than_the_window_leave_the_state(string window, string status, long stored)
    {
        var folder = TestData.TempFolder();
        var state = Path.Combine(folder, "state");
        Night(state, Jsonl(folder, "n1.jsonl", ("wire", "AP", "2024-01-01", Story)), window);

        var later = Night(state, Jsonl(folder, "n2.jsonl", ("copy", "Daily", "2024-03-01", Story)), window);

        Assert.All(later.Rows, r => Assert.Equal(status, r.Status));
        Assert.Equal(stored, StateDump.Count(state, "SELECT count(*) FROM article"));
    }

    [Fact]
    public void A_copy_of_a_copy_from_earlier_nights_traces_to_the_first_article()
    {
        var folder = TestData.TempFolder();
        var state = Path.Combine(folder, "state");
        Night(state, Jsonl(folder, "n1.jsonl", ("wire", "AP", "2024-05-01", Story)));
        Night(state, Jsonl(folder, "n2.jsonl", ("daily", "Daily", "2024-05-02", Story)));

        var third = Night(state, Jsonl(folder, "n3.jsonl", ("weekly", "Weekly", "2024-05-03", Story)));

        Assert.All(third.Rows, r => Assert.Equal(("copied", "wire"), (r.Status, r.SourceArticleId)));
    }

    [Fact]
    public void A_file_that_is_not_a_state_is_an_error_and_left_as_it_is()
    {
        var state = TestData.TempFolder();
        var file = Path.Combine(state, StateStore.FileName);
        File.WriteAllText(file, "not a database, just text that happens to be here");
        var diagnostics = new DiagnosticBag();

        Assert.False(StateStore.TryOpen(state, diagnostics, out _));

        Assert.Equal("PRV2009", Assert.Single(diagnostics.ToImmutableSorted()).Id);
        Assert.Equal("not a database, just text that happens to be here", File.ReadAllText(file));
    }

    [Fact]
    public void A_state_of_format_1_is_taken_as_it_is_and_marked_format_2()
    {
        var folder = TestData.TempFolder();
        var state = Path.Combine(folder, "state");
        Night(state, Jsonl(folder, "n1.jsonl", ("wire", "AP", "2024-05-01", Story)));
        Night(state, Jsonl(folder, "n2.jsonl", ("daily", "Daily", "2024-05-02", Story)));
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(state, StateStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        var third = Night(state, Jsonl(folder, "n3.jsonl", ("weekly", "Weekly", "2024-05-03", Story)));

        Assert.All(third.Rows, r => Assert.Equal(("copied", "wire"), (r.Status, r.SourceArticleId)));
        Assert.Equal(2, StateDump.Count(state, "PRAGMA user_version"));
    }

    [Fact]
    public void A_state_of_a_newer_format_is_refused()
    {
        var state = TestData.TempFolder();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(state, StateStore.FileName)};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id = 1347573297; PRAGMA user_version = 99; CREATE TABLE future (x);";
            command.ExecuteNonQuery();
        }
        var diagnostics = new DiagnosticBag();

        Assert.False(StateStore.TryOpen(state, diagnostics, out _));

        Assert.Equal("PRV2010", Assert.Single(diagnostics.ToImmutableSorted()).Id);
    }
}
