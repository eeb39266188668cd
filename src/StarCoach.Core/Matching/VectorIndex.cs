using System.Numerics.Tensors;

namespace StarCoach.Core.Matching;

/// <summary>Rows of vectors of one length, added once and read by dot product with a float query.</summary>
internal interface IVectorRows
{
    int Dimensions { get; }

    int Count { get; }

    /// <summary>Bytes the rows hold.</summary>
    long Bytes { get; }

    int Add(ReadOnlySpan<float> vector);

    /// <summary>Σ query[i]·row[i].</summary>
    float Dot(ReadOnlySpan<float> query, int row);

    /// <summary>Row <paramref name="row"/> as floats, into <paramref name="into"/>.</summary>
    void CopyRow(int row, Span<float> into);

    /// <summary>Gives back what growing left unused, once every row is added.</summary>
    void TrimExcess();
}

/// <summary>
/// Float vectors in one contiguous array (row i at <c>i * Dimensions</c>): the intents' phrasings and the stories'
/// intent profiles, and, when a tuning asks for exact floats, the vectors that re-score candidates. An index keeps
/// those in a <see cref="QuantizedVectorIndex"/>, a quarter of the memory.
/// </summary>
internal sealed class VectorIndex : IVectorRows
{
    private float[] _data;

    public VectorIndex(int dimensions, int capacity = 16)
    {
        Dimensions = dimensions;
        _data = new float[dimensions * Math.Max(1, capacity)];
    }

    public int Dimensions { get; }

    public int Count { get; private set; }

    public long Bytes => (long)_data.Length * sizeof(float);

    public ReadOnlySpan<float> Row(int index) => _data.AsSpan(index * Dimensions, Dimensions);

    public int Add(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }

        if ((Count + 1) * Dimensions > _data.Length)
        {
            Array.Resize(ref _data, Math.Max(_data.Length * 2, (Count + 1) * Dimensions));
        }

        vector.CopyTo(_data.AsSpan(Count * Dimensions));
        return Count++;
    }

    public float Dot(ReadOnlySpan<float> query, int row) => TensorPrimitives.Dot(query, Row(row));

    public void CopyRow(int row, Span<float> into) => Row(row).CopyTo(into);

    public void TrimExcess() => Array.Resize(ref _data, Math.Max(1, Count) * Dimensions);
}
