namespace StarCoach.Core.Matching;

/// <summary>
/// Float vectors in one contiguous array (row i at <c>i * Dimensions</c>): the exact vectors that re-score
/// candidates (questions, asks and passages). Choosing candidates among many stories is the job of
/// <see cref="QuantizedVectorIndex"/>.
/// </summary>
internal sealed class VectorIndex
{
    private float[] _data;

    public VectorIndex(int dimensions, int capacity = 16)
    {
        Dimensions = dimensions;
        _data = new float[dimensions * Math.Max(1, capacity)];
    }

    public int Dimensions { get; }

    public int Count { get; private set; }

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
}
