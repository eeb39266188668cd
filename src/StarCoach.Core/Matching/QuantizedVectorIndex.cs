using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors stored as signed bytes, one scale per row (symmetric int8 quantisation), in one contiguous array:
/// a quarter of the memory traffic of floats, which is what bounds a scan of 100,000 rows. Good for choosing
/// candidates (the order of near neighbours barely moves: the error of a dot product of unit vectors is below
/// 0.01); the exact float vectors re-score the candidates. Large indexes are scored in parallel slices.
/// </summary>
internal sealed class QuantizedVectorIndex
{
    // Below this many rows a second thread costs more than it saves.
    private const int ParallelThreshold = 32_768;

    private const float Levels = 127f;

    private sbyte[] _data;
    private float[] _scales;

    public QuantizedVectorIndex(int dimensions, int capacity = 16)
    {
        Dimensions = dimensions;
        _data = new sbyte[dimensions * Math.Max(1, capacity)];
        _scales = new float[Math.Max(1, capacity)];
    }

    public int Dimensions { get; }

    public int Count { get; private set; }

    public int Add(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }

        if (Count == _scales.Length)
        {
            Array.Resize(ref _scales, _scales.Length * 2);
            Array.Resize(ref _data, _scales.Length * Dimensions);
        }

        _scales[Count] = Quantize(vector, _data.AsSpan(Count * Dimensions, Dimensions));
        return Count++;
    }

    /// <summary>
    /// Writes the (approximate) dot product of <paramref name="query"/> with every row into the first
    /// <see cref="Count"/> items of <paramref name="scores"/> (which may be longer, e.g. rented from a pool).
    /// </summary>
    public void Score(ReadOnlySpan<float> query, float[] scores)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Count, nameof(scores));
        var quantized = new sbyte[Dimensions];
        var queryScale = Quantize(query, quantized);
        if (Count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            ScoreRange(quantized, queryScale, scores, 0, Count);
            return;
        }

        var slices = Environment.ProcessorCount;
        var size = (Count + slices - 1) / slices;
        Parallel.For(0, slices, slice => ScoreRange(quantized, queryScale, scores, slice * size, Math.Min(Count, (slice + 1) * size)));
    }

    /// <summary>Scales <paramref name="vector"/> so its largest magnitude is 127 and rounds; returns the scale back to floats.</summary>
    private static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        var max = vector.IsEmpty ? 0 : TensorPrimitives.MaxMagnitude(vector);
        if (max == 0 || !float.IsFinite(max))
        {
            into.Clear();
            return 0;
        }

        var factor = Levels / max;
        for (var i = 0; i < vector.Length; i++)
        {
            into[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] * factor), -Levels, Levels);
        }

        return max / Levels;
    }

    private void ScoreRange(sbyte[] query, float queryScale, float[] scores, int from, int to)
    {
        var data = _data.AsSpan();
        for (var i = from; i < to; i++)
        {
            scores[i] = Dot(query, data.Slice(i * Dimensions, Dimensions)) * _scales[i] * queryScale;
        }
    }

    /// <summary>Σ a[i]·b[i] over signed bytes in [−127, 127], widened to 32 bits (no overflow below 130,000 dimensions).</summary>
    internal static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var length = Math.Min(a.Length, b.Length);
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && length >= Vector128<sbyte>.Count)
        {
            // 16 bytes → 16 shorts; vpmaddwd multiplies pairs and adds neighbours into 8 ints.
            var accumulator = Vector256<int>.Zero;
            for (; i <= length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var x = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref ra, (nuint)i));
                var y = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref rb, (nuint)i));
                accumulator = Avx2.Add(accumulator, Avx2.MultiplyAddAdjacent(x, y));
            }

            sum = Vector256.Sum(accumulator);
        }
        else if (Vector128.IsHardwareAccelerated && length >= Vector128<sbyte>.Count)
        {
            var accumulator = Vector128<int>.Zero;
            for (; i <= length - Vector128<sbyte>.Count; i += Vector128<sbyte>.Count)
            {
                var (xLow, xHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref ra, (nuint)i));
                var (yLow, yHigh) = Vector128.Widen(Vector128.LoadUnsafe(ref rb, (nuint)i));

                // |x·y| ≤ 127² = 16,129, so the sum of two products still fits in a short.
                var (low, high) = Vector128.Widen((xLow * yLow) + (xHigh * yHigh));
                accumulator += low + high;
            }

            sum = Vector128.Sum(accumulator);
        }

        for (; i < length; i++)
        {
            sum += Unsafe.Add(ref ra, i) * Unsafe.Add(ref rb, i);
        }

        return sum;
    }
}
