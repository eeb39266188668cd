using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// Counts the character codes a font's embedded CMap (its /ToUnicode map, or a Type0 font's /Encoding) makes PdfPig
/// map one by one. PdfPig maps every code of a <c>beginbfrange</c> range separately, so a damaged range whose ends
/// are many bytes long (<c>&lt;002b6b62b6b7&gt; &lt;0070&gt;</c>) has it count to billions while the map grows; the
/// count here is what lets <see cref="PdfContentCheck"/> refuse that map before PdfPig parses it. The map is read
/// with PdfPig's own tokenizer, so both see the same ranges. <c>begincidrange</c> ranges PdfPig keeps as ranges, and
/// single codes cost one token each, so neither is counted.
/// </summary>
internal static class CharacterMapMeter
{
    /// <summary>How many codes the map's <c>beginbfrange</c> ranges cover, saturating at <see cref="long.MaxValue"/>.</summary>
    public static long RangeCodes(ReadOnlyMemory<byte> map)
    {
        var scanner = new CoreTokenScanner(new MemoryInputBytes(map), true, new StackDepthGuard(PdfContentCheck.MaxNesting));
        long codes = 0;
        IToken? previous = null;
        try
        {
            while (scanner.MoveNext())
            {
                if (scanner.CurrentToken is OperatorToken { Data: "beginbfrange" } && previous is NumericToken)
                {
                    codes = Add(codes, Ranges(scanner));
                }

                previous = scanner.CurrentToken;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Where the tokenizer gives up, so does PdfPig: nothing past this point is mapped.
        }

        return codes;
    }

    /// <summary>The codes of the ranges after one <c>beginbfrange</c>: triples of low code, high code and destination.</summary>
    private static long Ranges(CoreTokenScanner scanner)
    {
        long codes = 0;
        while (scanner.MoveNext() && scanner.CurrentToken is HexToken low
            && scanner.MoveNext() && scanner.CurrentToken is HexToken high
            && scanner.MoveNext())
        {
            var count = Span(low.Bytes, high.Bytes);
            switch (scanner.CurrentToken)
            {
                case ArrayToken names:
                    codes = Add(codes, Math.Min(count, names.Data.Count)); // PdfPig stops where the array ends
                    break;
                case HexToken:
                    codes = Add(codes, count);
                    break;
                default:
                    return codes; // PdfPig throws on any other destination, and maps nothing further
            }
        }

        return codes;
    }

    /// <summary>
    /// How many codes PdfPig steps through from <paramref name="low"/> towards <paramref name="high"/>: it counts up
    /// in as many bytes as the low code has, comparing them with the high code's first bytes; a high code that is
    /// shorter is taken here as if it went on with 0xFF, the most PdfPig could step.
    /// </summary>
    private static long Span(ReadOnlySpan<byte> low, ReadOnlySpan<byte> high)
    {
        var length = low.Length;
        var k = 0;
        while (k < length && HighByte(high, k) == low[k])
        {
            k++;
        }

        if (k == length || HighByte(high, k) < low[k])
        {
            return 1;
        }

        if (length - k > 7)
        {
            return long.MaxValue; // the codes differ in more bytes than a count of them can hold
        }

        long first = 0, last = 0;
        for (var i = k; i < length; i++)
        {
            first = (first << 8) | low[i];
            last = (last << 8) | HighByte(high, i);
        }

        return last - first + 1;
    }

    private static byte HighByte(ReadOnlySpan<byte> high, int i) => i < high.Length ? high[i] : (byte)0xFF;

    private static long Add(long total, long more) => total > long.MaxValue - more ? long.MaxValue : total + more;
}
