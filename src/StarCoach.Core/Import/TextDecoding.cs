using System.Text;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>
/// Turns file bytes into text: honours a UTF-8 or UTF-16 byte-order mark and reads UTF-8 strictly. Bytes that are not
/// UTF-8 are read as Windows-1252 ("ANSI", what Word and Notepad on Windows save) when not one byte of the file is a
/// valid UTF-8 sequence beyond ASCII, so curly quotes and dashes come through; a file that mixes the two keeps going
/// with replacement characters and says on which line.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Windows-1252 from the framework's code-page provider (System.Text.Encoding.CodePages, part of .NET).
    private static readonly Lazy<Encoding> Windows1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!);

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
            var (invalid, validMultiByte) = CountSequences(bytes);
            if (validMultiByte == 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Info,
                    "The file is not UTF-8; it was read as Windows-1252 (“ANSI”), as Word and Notepad save it. Save it as UTF-8 if any character looks wrong.",
                    line));
                return (Windows1252.Value.GetString(bytes), diagnostics);
            }

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

    /// <summary>How many byte sequences are not UTF-8, and how many are valid UTF-8 beyond ASCII.</summary>
    private static (int Invalid, int ValidMultiByte) CountSequences(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var multiByte = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (consumed > 1)
            {
                multiByte++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (invalid, multiByte);
    }
}
