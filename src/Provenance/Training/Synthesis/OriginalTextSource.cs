namespace Provenance.Training.Synthesis;

/// <summary>
/// Hands out text the copying outlets write themselves: each pool paragraph at most once, so that no original
/// paragraph appears in two articles; generated text once the pool runs dry.
/// </summary>
internal sealed class OriginalTextSource
{
    private readonly Random _random;
    private readonly Queue<string> _paragraphs;
    private readonly Queue<string> _sentences = new();
    private readonly string[] _titles;

    public OriginalTextSource(IReadOnlyList<SyntheticArticle> pool, Random random)
    {
        _random = random;
        var paragraphs = pool.SelectMany(article => article.Paragraphs).Where(text => !string.IsNullOrWhiteSpace(text)).ToArray();
        random.Shuffle(paragraphs);
        _paragraphs = new Queue<string>(paragraphs);
        _titles = pool.Select(article => article.Title).OfType<string>().ToArray();
    }

    public string NextParagraph() =>
        _paragraphs.TryDequeue(out var paragraph) ? paragraph : FallbackText.Paragraph(_random);

    public string NextSentence()
    {
        while (_sentences.Count == 0)
        {
            foreach (var sentence in RoughSentenceSplitter.Split(NextParagraph()))
                _sentences.Enqueue(sentence);
        }

        return _sentences.Dequeue();
    }

    public string NextTitle() =>
        _titles.Length > 0 ? _titles[_random.Next(_titles.Length)] : FallbackText.Title(_random);
}
