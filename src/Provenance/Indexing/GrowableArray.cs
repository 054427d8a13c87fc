namespace Provenance.Indexing;

/// <summary>
/// A list whose array is handed over as it is, slack and all, rather than copied to its length: the
/// index keeps arrays of millions of entries, and every copy of one is a large-object allocation that
/// can set off a full collection.
/// </summary>
internal sealed class GrowableArray<T>
{
    public T[] Items { get; private set; } = [];
    public int Count { get; private set; }

    public void Add(T item)
    {
        if (Count == Items.Length) EnsureCapacity(Count + 1);
        Items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        EnsureCapacity(Count + items.Length);
        items.CopyTo(Items.AsSpan(Count));
        Count += items.Length;
    }

    public void EnsureCapacity(int capacity)
    {
        if (capacity <= Items.Length) return;
        var grown = new T[Math.Max(capacity, Math.Max(16, Items.Length * 2))];
        Items.AsSpan(0, Count).CopyTo(grown);
        Items = grown;
    }
}
