using System.Collections.Immutable;
using Provenance.Text;

namespace Provenance.Segmentation;

/// <summary>A body paragraph: its 0-based index among the article's body paragraphs, its span and its sentences.</summary>
public readonly record struct Paragraph(int Index, TextSpan Span, ImmutableArray<Sentence> Sentences);
