using Provenance.Diagnostics;
using Provenance.Text;

namespace Provenance.Corpus;

/// <summary>Turns the fields of one record into an article, or into a rejection with a diagnostic.</summary>
public static class ArticleFactory
{
    public static CorpusItem Create(RecordFields fields, Location location, string raw, DiagnosticBag diagnostics) =>
        Create(fields, location, new RecordText(raw), diagnostics);

    public static CorpusItem Create(RecordFields fields, Location location, RecordText raw, DiagnosticBag diagnostics)
    {
        var id = fields.Get(RecordFields.IdNames, out var badId)?.Trim();
        if (badId is not null) return Reject(DiagnosticDescriptors.WrongFieldType, location, raw, null, badId);
        if (string.IsNullOrEmpty(id)) return Reject(DiagnosticDescriptors.MissingId, location, raw, null);

        var text = fields.Get(RecordFields.TextNames, out var badText);
        if (badText is not null) return Reject(DiagnosticDescriptors.WrongFieldType, location, raw, id, badText);
        if (string.IsNullOrWhiteSpace(text)) return Reject(DiagnosticDescriptors.MissingText, location, raw, id);

        var outlet = fields.Get(RecordFields.OutletNames, out var badOutlet);
        if (badOutlet is not null) return Reject(DiagnosticDescriptors.WrongFieldType, location, raw, id, badOutlet);
        var title = fields.Get(RecordFields.TitleNames, out var badTitle);
        if (badTitle is not null) return Reject(DiagnosticDescriptors.WrongFieldType, location, raw, id, badTitle);

        var publishedText = fields.Get(RecordFields.PublishedNames, out var badPublished);
        PublishedTime? published = null;
        if (badPublished is not null)
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDate, location, badPublished).WithRecordId(id));
        else if (!string.IsNullOrWhiteSpace(publishedText))
        {
            if (PublishedTime.TryParse(publishedText, out var time)) published = time;
            else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidDate, location, publishedText).WithRecordId(id));
        }

        var article = new Article(id, outlet?.Trim() ?? "", published, string.IsNullOrWhiteSpace(title) ? null : title.Trim(),
            SourceText.From(text), location);
        return CorpusItem.Accept(article, raw);
    }

    private static CorpusItem Reject(DiagnosticDescriptor descriptor, Location location, RecordText raw, string? id, params object?[] args) =>
        CorpusItem.Reject(new RejectedRecord(Diagnostic.Create(descriptor, location, args).WithRecordId(id), raw.ToString()));
}
