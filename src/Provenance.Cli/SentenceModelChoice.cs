using System.CommandLine;
using System.Globalization;
using Provenance.Alignment;
using Provenance.Diagnostics;
using Provenance.Normalization;

namespace Provenance.Cli;

/// <summary>
/// The <c>--sentence-model</c>, <c>--sentence-gray-zone</c> and <c>--sentence-min-words</c> options of <c>analyze</c>,
/// <c>explain</c> and <c>train</c>:
/// which trained sentence decision, if any, judges the aligned sentences in the coverage rule's gray zone.
/// By default none: the coverage rule decides every sentence (on the benchmark the trained decision
/// changed the accuracy by hundredths of a percent for a third more CPU time; bench/README.md).
/// <c>shipped</c> names the model that comes with the program, <c>data/models/sentences.zip</c>.
/// </summary>
public static class SentenceModelChoice
{
    public const string Shipped = "shipped";

    public static Option<string?> ModelOption() => new("--sentence-model")
    {
        HelpName = "MODEL.zip|shipped",
        Description = $"Let a trained sentence model decide the aligned sentences whose bigram coverage is in the gray zone: a model made by train-sentences, or 'shipped' for data/models/{SentenceJudge.DefaultFileName}. Without it the coverage rule (half the bigrams) decides every sentence.",
    };

    public static Option<double> GrayZoneOption() => new("--sentence-gray-zone")
    {
        HelpName = "COVERAGE",
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Top of the gray zone: aligned sentences with less bigram coverage than this (and at least the {new AlignmentOptions().MinCoverage} needed to align) are judged by the sentence model (default {SentenceJudge.DefaultGrayZoneTop})."),
        DefaultValueFactory = _ => SentenceJudge.DefaultGrayZoneTop,
    };

    public static Option<double> MinWordsOption() => new("--sentence-min-words")
    {
        HelpName = "SHARE",
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Judge a gray-zone sentence only when the word diff found at least this share of its words in the source window, in order (default {SentenceJudge.DefaultMinMatchedShare}; 0: every sentence in the gray zone, about twice the cost)."),
        DefaultValueFactory = _ => SentenceJudge.DefaultMinMatchedShare,
    };

    /// <summary>The three options' values, as given on the command line.</summary>
    public sealed record Choice(string? Model, double GrayZoneTop, double MinMatchedShare);

    public static string ShippedPath(string dataDirectory) => Path.Combine(dataDirectory, "models", SentenceJudge.DefaultFileName);

    /// <summary>Loads the chosen sentence model (null when none is chosen), reporting a diagnostic instead of throwing.</summary>
    public static bool TryLoad(string dataDirectory, Choice choice, WordLists words, DiagnosticBag diagnostics, out SentenceJudge? judge)
    {
        judge = null;
        if (choice.Model is null) return true;
        var path = string.Equals(choice.Model, Shipped, StringComparison.Ordinal) ? ShippedPath(dataDirectory) : choice.Model;
        try
        {
            var lexicon = Lexicon.Load(DataDirectory.WordLists(dataDirectory), new Normalizer(words).NormalizeWord);
            judge = SentenceJudge.Load(path, lexicon, choice.GrayZoneTop, choice.MinMatchedShare);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticDescriptors.ModelUnreadable, Location.File(path), e.Message);
            return false;
        }
    }
}
