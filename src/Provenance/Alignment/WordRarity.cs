namespace Provenance.Alignment;

/// <summary>How rare each word is in a collection of sentences: inverse document frequency, so a shared rare word counts for more.</summary>
public sealed class WordRarity
{
    private readonly Dictionary<string, float> _weights;
    private readonly float _unseen;

    private WordRarity(Dictionary<string, float> weights, float unseen)
    {
        _weights = weights;
        _unseen = unseen;
    }

    /// <summary>log((n + 1) / (df + 1)) + 1 over the distinct words of each of the n sentences.</summary>
    public static WordRarity Of(IEnumerable<IEnumerable<string>> sentences)
    {
        var documentFrequency = new Dictionary<string, int>();
        var count = 0;
        foreach (var sentence in sentences)
        {
            count++;
            foreach (var word in sentence.Distinct()) documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
        }
        float Weight(int df) => (float)Math.Log((count + 1.0) / (df + 1)) + 1;
        return new WordRarity(documentFrequency.ToDictionary(p => p.Key, p => Weight(p.Value)), Weight(0));
    }

    public float Weight(string word) => _weights.GetValueOrDefault(word, _unseen);
}
