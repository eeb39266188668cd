using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// How many bytes a PDF stream filter would produce from its input, found by decoding into nothing and stopping
/// as soon as the count passes a cap: a bomb is measured with a few kilobytes of memory, never unpacked.
/// Flate, LZW and RunLength are the filters that expand text-bearing streams; the rest shrink their input
/// (ASCIIHex, ASCII85) or hold images, which text extraction does not decode.
/// </summary>
internal static class DecodedLength
{
    private const int ScratchBytes = 64 * 1024;

    /// <summary>
    /// The decoded length of <paramref name="input"/> through the filter named <paramref name="filter"/>, or a number
    /// over <paramref name="cap"/> as soon as it passes the cap; null for a filter that is not measured.
    /// </summary>
    public static long? Measure(string filter, ReadOnlyMemory<byte> input, long cap) => filter switch
    {
        "FlateDecode" or "Fl" => Flate(input, cap),
        "LZWDecode" or "LZW" => Lzw(input.Span, cap),
        "RunLengthDecode" or "RL" => RunLength(input.Span, cap),
        _ => null,
    };

    private static long Flate(ReadOnlyMemory<byte> input, long cap)
    {
        // As PdfPig reads it: the two-byte zlib header skipped, the deflate data up to its end or its first damage.
        if (input.Length <= 2)
        {
            return 0;
        }

        var scratch = ArrayPool<byte>.Shared.Rent(ScratchBytes);
        try
        {
            var data = input[2..];
            var compressed = MemoryMarshal.TryGetArray(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            long total = 0;
            while (total <= cap)
            {
                int read;
                try
                {
                    read = deflate.Read(scratch, 0, scratch.Length);
                }
                catch (InvalidDataException)
                {
                    break;
                }

                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static long RunLength(ReadOnlySpan<byte> input, long cap)
    {
        long total = 0;
        var i = 0;
        while (i < input.Length && total <= cap)
        {
            var length = input[i];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                total += Math.Min(length + 1, input.Length - i - 1);
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }

        return total;
    }

    /// <summary>
    /// LZW as PDF uses it (codes of 9 to 12 bits, most significant bit first, 256 clears, 257 ends, early change):
    /// only the length of each table entry is kept, since an entry is one byte longer than the one before it.
    /// </summary>
    private static long Lzw(ReadOnlySpan<byte> input, long cap)
    {
        const int clear = 256, end = 257, first = 258, tableSize = 4096;
        var lengths = new int[tableSize];
        var next = first;
        var width = 9;
        var previous = -1;
        long total = 0;
        var bitBuffer = 0;
        var bits = 0;
        var position = 0;
        while (total <= cap)
        {
            while (bits < width && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bits += 8;
            }

            if (bits < width)
            {
                break;
            }

            var code = (bitBuffer >> (bits - width)) & ((1 << width) - 1);
            bits -= width;
            if (code == clear)
            {
                next = first;
                width = 9;
                previous = -1;
                continue;
            }

            if (code == end)
            {
                break;
            }

            int length;
            if (code < clear)
            {
                length = 1;
            }
            else if (code < next)
            {
                length = lengths[code];
            }
            else if (code == next && previous > 0)
            {
                length = previous + 1;
            }
            else
            {
                break; // damaged: nothing more is decoded
            }

            total += length;
            if (previous > 0 && next < tableSize)
            {
                lengths[next++] = previous + 1;
            }

            previous = length;
            if (next + 1 >= (1 << width) && width < 12)
            {
                width++;
            }
        }

        return total;
    }
}
