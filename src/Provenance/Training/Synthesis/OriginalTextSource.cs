namespace Provenance.Training.Synthesis;

/// <summary>
/// Hands out text the copying outlets write themselves: each pool paragraph at most once, so that no original
/// paragraph appears in two articles. Once the pool runs dry (a corpus of some 25,000 articles with the
/// shared corpora), a pool paragraph with the words of each sentence shuffled: text that no other article
/// shares, as an outlet's own paragraph should be. The generated stories' template sentences, used before,
/// are shared by unrelated articles, which the truth then wrongly called original.
/// </summary>
internal sealed class OriginalTextSource
{
    private readonly Random _random;
    private readonly Queue<string> _paragraphs;
    private readonly string[] _pool;
    private readonly Queue<string> _sentences = new();
    private readonly string[] _titles;

    public OriginalTextSource(IReadOnlyList<SyntheticArticle> pool, Random random)
    {
        _random = random;
        var paragraphs = pool.SelectMany(article => article.Paragraphs).Where(text => !string.IsNullOrWhiteSpace(text)).ToArray();
        random.Shuffle(paragraphs);
        _paragraphs = new Queue<string>(paragraphs);
        _pool = paragraphs;
        _titles = pool.Select(article => article.Title).OfType<string>().ToArray();
    }

    public string NextParagraph()
    {
        if (_paragraphs.TryDequeue(out var paragraph)) return paragraph;
        return _pool.Length > 0 ? Scrambled(_pool[_random.Next(_pool.Length)]) : FallbackText.Paragraph(_random);
    }

    /// <summary>The paragraph's words shuffled across it, put back in sentences of the same lengths.</summary>
    private string Scrambled(string paragraph)
    {
        var sentences = RoughSentenceSplitter.Split(paragraph)
            .Select(sentence => sentence.TrimEnd('.', '!', '?').Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        var words = sentences.SelectMany(sentence => sentence).ToArray();
        _random.Shuffle(words);
        var next = 0;
        return RoughSentenceSplitter.Join(sentences.Select(sentence =>
        {
            var text = string.Join(' ', words, next, sentence.Length);
            next += sentence.Length;
            return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";
        }));
    }

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
