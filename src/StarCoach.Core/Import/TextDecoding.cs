using System.Text;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>
/// Turns file bytes into text: honours a UTF-8 or UTF-16 byte-order mark, reads UTF-8 strictly, and when
/// the bytes are not valid UTF-8 keeps going with replacement characters and says on which line.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static (string Text, List<Diagnostic> Diagnostics) Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), diagnostics);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), diagnostics);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), diagnostics);
        }
        catch (DecoderFallbackException e)
        {
            var line = LineOfByte(bytes, e.Index);
            var invalid = CountInvalidSequences(bytes);
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                $"The file is not valid UTF-8 ({invalid} invalid byte sequence{(invalid == 1 ? "" : "s")}, first on line {line}); they were replaced with “\uFFFD”. Save the file as UTF-8 to keep those characters.",
                line));
            return (LenientUtf8.GetString(bytes), diagnostics);
        }
    }

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var end = Math.Clamp(index, 0, bytes.Length);
        return bytes[..end].Count((byte)'\n') + 1;
    }

    private static int CountInvalidSequences(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                count++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return count;
    }
}
