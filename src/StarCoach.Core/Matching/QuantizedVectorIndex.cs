using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors as signed bytes with one scale per row (symmetric int8 quantisation) in one contiguous array: a quarter
/// of the memory of floats, and of the memory traffic, which is what bounds a scan of 100,000 rows.
/// <see cref="Nearest"/> chooses candidates with the query quantised too (int8 × int8; the error of a dot product of
/// unit vectors stays near 0.01, so the order of near neighbours barely moves); <see cref="Dot(ReadOnlySpan{float}, int)"/>
/// re-scores a candidate with the query in floats, where only the row's rounding is left: half a step of max/127
/// per component, up to 0.002 on a cosine of MiniLM vectors, which reorders near ties. Rows that re-score
/// (<c>withResidual</c>) also keep what int8 rounded off, to a sixteenth of a step (4 bits, two to a byte): 12 bits
/// in all, half again the memory of int8, and a cosine within 0.0002 of the float one. One thread scans 100,000
/// rows in a few milliseconds: a second one mostly adds waiting for it on a busy machine.
/// </summary>
internal sealed class QuantizedVectorIndex : IVectorRows
{
    private const float Levels = 127f;

    // The residual in sixteenths of a step, from -8 to 7.
    private const float ResidualLevels = 16f;

    private readonly int _residualBytes;
    private sbyte[] _data;
    private float[] _scales;
    private byte[] _residuals;

    public QuantizedVectorIndex(int dimensions, int capacity = 16, bool withResidual = false)
    {
        Dimensions = dimensions;
        _data = new sbyte[dimensions * Math.Max(1, capacity)];
        _scales = new float[Math.Max(1, capacity)];
        _residualBytes = withResidual ? (dimensions + 1) / 2 : 0;
        _residuals = new byte[_residualBytes * Math.Max(1, capacity)];
    }

    public int Dimensions { get; }

    public int Count { get; private set; }

    public long Bytes => _data.LongLength + ((long)_scales.Length * sizeof(float)) + _residuals.LongLength;

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
            Array.Resize(ref _residuals, _scales.Length * _residualBytes);
        }

        var codes = _data.AsSpan(Count * Dimensions, Dimensions);
        var scale = _scales[Count] = Quantize(vector, codes);
        if (_residualBytes > 0 && scale != 0)
        {
            var residuals = _residuals.AsSpan(Count * _residualBytes, _residualBytes);
            for (var i = 0; i < Dimensions; i++)
            {
                var nibble = (int)Math.Clamp(MathF.Round(((vector[i] / scale) - codes[i]) * ResidualLevels), -8, 7) & 0xF;
                residuals[i / 2] |= (byte)(i % 2 == 0 ? nibble : nibble << 4);
            }
        }

        return Count++;
    }

    public float Dot(ReadOnlySpan<float> query, int row)
    {
        Span<float> values = stackalloc float[Dimensions];
        CopyRow(row, values);
        return TensorPrimitives.Dot(query, values);
    }

    public void CopyRow(int row, Span<float> into)
    {
        into = into[..Dimensions];
        TensorPrimitives.ConvertTruncating<sbyte, float>(_data.AsSpan(row * Dimensions, Dimensions), into);
        if (_residualBytes > 0)
        {
            var residuals = _residuals.AsSpan(row * _residualBytes, _residualBytes);
            for (var i = 0; i < into.Length; i++)
            {
                // The nibble's sign extended: shift it to the top of a signed byte and back.
                var nibble = (sbyte)(i % 2 == 0 ? residuals[i / 2] << 4 : residuals[i / 2] & 0xF0) >> 4;
                into[i] += nibble / ResidualLevels;
            }
        }

        TensorPrimitives.Multiply(into, _scales[row], into);
    }

    public void TrimExcess()
    {
        var rows = Math.Max(1, Count);
        Array.Resize(ref _scales, rows);
        Array.Resize(ref _data, rows * Dimensions);
        Array.Resize(ref _residuals, rows * _residualBytes);
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
