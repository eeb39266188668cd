using System.Numerics.Tensors;

namespace StarCoach.Core.Matching;

/// <summary>
/// Unit vectors in one contiguous array (row i at <c>i * Dimensions</c>), scored against a query with SIMD dot
/// products (<see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>). Large indexes are
/// scored in parallel slices, one per core.
/// </summary>
internal sealed class VectorIndex
{
    // Below this many rows a second thread costs more than it saves.
    private const int ParallelThreshold = 16_384;

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

    /// <summary>Writes the dot product of <paramref name="query"/> with every row into <paramref name="scores"/>.</summary>
    public void Score(float[] query, float[] scores)
    {
        if (Count < ParallelThreshold)
        {
            ScoreRange(query, scores, 0, Count);
            return;
        }

        var slices = Environment.ProcessorCount;
        var size = (Count + slices - 1) / slices;
        Parallel.For(0, slices, slice => ScoreRange(query, scores, slice * size, Math.Min(Count, (slice + 1) * size)));
    }

    /// <summary>The <paramref name="k"/> rows most similar to <paramref name="query"/>, best first.</summary>
    public (int Index, float Score)[] Nearest(float[] query, int k)
    {
        var scores = new float[Count];
        Score(query, scores);
        return TopK.Select(scores, k);
    }

    private void ScoreRange(float[] query, float[] scores, int from, int to)
    {
        var data = _data.AsSpan();
        for (var i = from; i < to; i++)
        {
            scores[i] = TensorPrimitives.Dot(query, data.Slice(i * Dimensions, Dimensions));
        }
    }
}
