using Provenance.Alignment;
using Provenance.Tracing;

namespace Provenance.Tests.Tracing;

public class DirectionInferenceTests
{
    private const string Wire =
        "SEOUL, South Korea (AP) - South Korea expressed concern over military cooperation between the two leaders.\n\n" +
        "Lim said Moscow should realize there will be negative impacts on its relations with Seoul.\n\n" +
        "The U.S. and Japan have been stepping up their trilateral security cooperation to cope with regional threats.";

    private const string British =
        "South Korea expressed concern over military co-operation between the two leaders.\n\n" +
        "Mr Lim said Moscow should realise there will be negative impacts on its relations with Seoul.";

    private static int Infer(string firstText, string secondText)
    {
        var first = TestData.Analyze(TestData.Article("first", firstText), 0);
        var second = TestData.Analyze(TestData.Article("second", secondText), 1);
        var aligner = new ArticleAligner(new AlignmentOptions());
        return new DirectionInference().Infer(first, second, aligner.Align(first, second), aligner.Align(second, first));
    }

    [Fact]
    public void The_version_with_house_style_honorifics_and_no_dateline_is_derived()
    {
        Assert.Equal(1, Infer(British, Wire));
    }

    [Fact]
    public void The_answer_is_the_same_from_either_side()
    {
        Assert.Equal(-1, Infer(Wire, British));
    }

    [Fact]
    public void Identical_texts_give_no_direction()
    {
        Assert.Equal(0, Infer(Wire, Wire));
    }
}
