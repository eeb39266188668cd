using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors for choosing candidates among many rows: signed bytes with one scale per row (symmetric int8
/// quantisation) in one contiguous array, a quarter of the memory traffic of floats, which is what bounds a scan
/// of 100,000 rows. The error of a dot product of unit vectors stays near 0.01, so the order of near neighbours
/// barely moves; the caller re-scores the candidates with its exact float vectors. One thread scans 100,000
/// rows in a few milliseconds: a second one mostly adds waiting for it on a busy machine.
/// </summary>
internal sealed class QuantizedVectorIndex
{
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

    /// <summary>The <paramref name="k"/> rows with the largest (int8) dot product with <paramref name="query"/>, best first.</summary>
    public (int Index, float Score)[] Nearest(ReadOnlySpan<float> query, int k)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {query.Length}.", nameof(query));
        }

        var quantized = new sbyte[Dimensions];
        var queryScale = Quantize(query, quantized);
        var scores = ArrayPool<float>.Shared.Rent(Math.Max(1, Count));
        try
        {
            var data = _data.AsSpan();
            for (var i = 0; i < Count; i++)
            {
                scores[i] = Dot(quantized, data.Slice(i * Dimensions, Dimensions)) * _scales[i] * queryScale;
            }

            return TopK.Select(scores.AsSpan(0, Count), k);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
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
