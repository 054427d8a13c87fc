using CsCheck;
using Provenance.Alignment;
using Provenance.Pipeline;
using Provenance.Tracing;

namespace Provenance.Tests.Tracing;

/// <summary>The decision that scores candidates only as far as it needs must be the decision over all of them scored.</summary>
public class ParagraphDeciderPropertyTests
{
    private const double Threshold = 0.5;

    // Few ordinals (ties), probabilities on and around the threshold, bases to tell equal candidates apart.
    private static readonly Gen<(int Ordinal, float Probability, DirectionBasis Basis)[]> Candidates =
        Gen.Select(Gen.Int[0, 4], Gen.OneOf(new[] { 0.1f, 0.49f, 0.5f, 0.51f, 0.9f }.Select(Gen.Const).ToArray()), Gen.Enum<DirectionBasis>()).Array[0, 7];

    [Fact]
    public void Scoring_as_far_as_needed_decides_as_scoring_all() =>
        Candidates.Sample(candidates =>
        {
            var decider = new ParagraphDecider(Threshold);
            var target = new ParagraphRef(9, 0);
            var alignment = new ParagraphAlignment(0, 10, 1, 0, []);
            var pairs = candidates.Select((c, i) => new CandidatePair(9, c.Ordinal, alignment, [i], true, c.Basis)).ToList();
            var all = decider.Decide(target, candidates.Select((c, i) => new ScoredCandidate(c.Ordinal, pairs[i].Alignment, c.Probability, true, c.Basis)).ToList());
            var asked = new List<int>();
            var lazy = decider.Decide(target, pairs, features =>
            {
                asked.Add((int)features[0]);
                return candidates[(int)features[0]].Probability;
            });
            Assert.Equal(all, lazy);
            Assert.Equal(asked.Count, asked.Distinct().Count());
            // Scored earliest first (stable), up to the first copy; every candidate when none is one.
            var earliestFirst = Enumerable.Range(0, candidates.Length).OrderBy(i => candidates[i].Ordinal).ToList();
            var firstCopy = earliestFirst.FindIndex(i => candidates[i].Probability >= Threshold);
            Assert.Equal(firstCopy < 0 ? earliestFirst : earliestFirst[..(firstCopy + 1)], asked);
        });
}
