namespace Provenance.Training.Synthesis;

/// <summary>Names of the edits recorded in <see cref="ParagraphTruth.Edits"/>.</summary>
public static class EditKinds
{
    public const string Verbatim = "verbatim";
    public const string BritishSpelling = "british_spelling";
    public const string Abbreviations = "abbreviations";
    public const string Quotes = "quotes";
    public const string Percent = "percent";
    public const string Honorifics = "honorifics";
    public const string DatelineCut = "dateline_cut";
    public const string DatelineAdd = "dateline_add";
    public const string ToldReporters = "told_reporters";
    public const string QuoteTrim = "quote_trim";
    public const string Reword = "reword";
    public const string ClauseReorder = "clause_reorder";
    public const string SentenceDelete = "sentence_delete";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Reorder = "reorder";
    public const string AppendedOriginal = "appended_original";
    public const string InsertedOriginal = "inserted_original";
    public const string SharedQuote = "shared_quote";
    public const string Chain = "chain";

    public const char Separator = ';';
}
