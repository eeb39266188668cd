namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// The words of the lexicon by their folded form, looked up with the FNV-1a hash the tokenizer computes while
/// folding each word: one hash per word of an answer, no second hashing inside a dictionary.
/// </summary>
internal sealed class Vocabulary
{
    private const uint OffsetBasis = 2166136261u;
    private const uint Prime = 16777619u;

    private readonly uint[] _hashes;
    private readonly int[] _ids;
    private readonly string[] _words;
    private readonly int _mask;

    /// <param name="words">Folded words and their ids.</param>
    public Vocabulary(IReadOnlyDictionary<string, int> words)
    {
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words.Count * 2));
        _hashes = new uint[size];
        _ids = new int[size];
        _words = new string[size];
        _mask = size - 1;
        Array.Fill(_ids, -1);
        foreach (var (word, id) in words)
        {
            var hash = Hash(word);
            var slot = (int)(hash & (uint)_mask);
            while (_ids[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _ids[slot] = id;
            _words[slot] = word;
        }
    }

    /// <summary>The id of a folded word whose hash is <paramref name="hash"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> folded, uint hash)
    {
        for (var slot = (int)(hash & (uint)_mask); _ids[slot] >= 0; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && folded.SequenceEqual(_words[slot]))
            {
                return _ids[slot];
            }
        }

        return -1;
    }

    /// <summary>FNV-1a over the characters: the hash <see cref="Find"/> expects.</summary>
    public static uint Hash(ReadOnlySpan<char> folded)
    {
        var hash = OffsetBasis;
        foreach (var c in folded)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    public static uint Start => OffsetBasis;

    public static uint Step(uint hash, char c) => (hash ^ c) * Prime;
}
