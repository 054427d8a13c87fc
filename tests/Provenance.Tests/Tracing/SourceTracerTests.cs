using Provenance.Tracing;

namespace Provenance.Tests.Tracing;

public class SourceTracerTests
{
    private static ParagraphLink Link(int ordinal, int paragraph, ParagraphStatus status, (int, int)? source) =>
        new(new ParagraphRef(ordinal, paragraph), status, source is { } s ? new ParagraphRef(s.Item1, s.Item2) : null, 0.9, 0.9);

    [Fact]
    public void Chains_resolve_to_the_earliest_source()
    {
        var links = SourceTracer.Resolve([
            Link(2, 0, ParagraphStatus.Copied, (1, 3)),
            Link(0, 0, ParagraphStatus.Original, null),
            Link(1, 3, ParagraphStatus.Copied, (0, 0)),
        ]);
        Assert.Equal(new ParagraphRef(0, 0), links.Single(l => l.Target.Ordinal == 2).Source);
        Assert.Equal([0, 1, 2], links.Select(l => l.Target.Ordinal));
    }

    [Fact]
    public void A_partial_copy_is_the_earliest_holder_of_its_own_text()
    {
        var links = SourceTracer.Resolve([
            Link(0, 0, ParagraphStatus.Original, null),
            Link(1, 0, ParagraphStatus.Partial, (0, 0)),
            Link(2, 0, ParagraphStatus.Copied, (1, 0)),
        ]);
        Assert.Equal(new ParagraphRef(1, 0), links[2].Source);
    }

    [Fact]
    public void The_earliest_copy_above_the_threshold_is_the_direct_source()
    {
        var decider = new ParagraphDecider(0.5);
        var alignment = new Provenance.Alignment.ParagraphAlignment(0, 10, 1, 0, []);
        var link = decider.Decide(new ParagraphRef(5, 0), [
            new ScoredCandidate(3, alignment, 0.97f),
            new ScoredCandidate(1, alignment, 0.2f),
            new ScoredCandidate(2, alignment, 0.6f),
        ]);
        Assert.Equal(2, link.Source!.Value.Ordinal);
        Assert.Equal(0.6, link.Probability, 3);
    }
}
