namespace Provenance.Scoring;

/// <summary>The features of one (target paragraph, source article) alignment, in the order the model reads them.</summary>
public static class PairFeatures
{
    public static readonly string[] Names =
    [
        "matched_share",        // target words found in the source, in order (DiffPlex equal runs)
        "narration_share",      // matched share of the words outside quotation marks
        "quote_share",          // share of the matched words that lie inside quotation marks
        "longest_run_share",    // longest matched run / target words
        "longest_run_log",      // log(1 + longest matched run)
        "edits_per_word",       // DiffPlex edit blocks / target words
        "sentence_share",       // target sentences with most of their bigrams in the source
        "mean_coverage",        // mean bigram coverage of the target sentences
        "length_ratio",         // target words / aligned source words, capped at 4
        "words_log",            // log(1 + target words)
        "position",             // target paragraph index / paragraph count
        "source_position",      // source paragraph index / source paragraph count
        "source_paragraphs",    // distinct source paragraphs the paragraph draws on
        "lag_log_hours",        // log(1 + hours from source to target), 0 when either is undated
        "undated",              // 1 when either article is undated
    ];

    public static int Count => Names.Length;
}
