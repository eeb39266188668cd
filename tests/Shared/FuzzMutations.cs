using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using StarCoach.Core.Import;

namespace StarCoach.Testing;

/// <summary>
/// One change the fuzz run makes to a file. Positions are taken modulo the file's length, so every mutation applies
/// to every file; a list of them applied in order to a seed is the whole description of an input, and prints as one.
/// Text is Latin-1, one character per byte, so any byte can be written and every byte reads back as it was.
/// </summary>
internal abstract record Mutation
{
    /// <summary>Most bytes one mutation may add, so that no input grows past what a test can hold many of.</summary>
    protected const int MaxGrowth = 4 * 1024 * 1024;

    public abstract byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds);

    protected static int At(int position, int length) => position % (length + 1);

    protected static byte[] Join(ReadOnlySpan<byte> before, ReadOnlySpan<byte> middle, ReadOnlySpan<byte> after)
    {
        var joined = new byte[before.Length + middle.Length + after.Length];
        before.CopyTo(joined);
        middle.CopyTo(joined.AsSpan(before.Length));
        after.CopyTo(joined.AsSpan(before.Length + middle.Length));
        return joined;
    }

    protected static string Quote(string text) => JsonSerializer.Serialize(text, Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

/// <summary>Flips one bit.</summary>
internal sealed record FlipBit(int Position, int Bit) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var flipped = (byte[])bytes.Clone();
        flipped[Position % flipped.Length] ^= (byte)(1 << Bit);
        return flipped;
    }
}

/// <summary>Inserts <paramref name="Text"/>: a token of the format, or random bytes.</summary>
internal sealed record InsertBytes(int Position, string Text) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var at = At(Position, bytes.Length);
        return Join(bytes.AsSpan(0, at), Encoding.Latin1.GetBytes(Text), bytes.AsSpan(at));
    }

    public override string ToString() => $"InsertBytes {{ Position = {Position}, Text = {Quote(Text)} }}";
}

/// <summary>Deletes up to <paramref name="Count"/> bytes.</summary>
internal sealed record DeleteBytes(int Position, int Count) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var at = At(Position, bytes.Length);
        return Join(bytes.AsSpan(0, at), [], bytes.AsSpan(Math.Min(bytes.Length, at + Count)));
    }
}

/// <summary>Cuts the file short, as an interrupted download does.</summary>
internal sealed record Truncate(int Position) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds) => bytes[..At(Position, bytes.Length)];
}

/// <summary>Copies a chunk of the file <paramref name="Times"/> times to another place.</summary>
internal sealed record DuplicateChunk(int From, int Count, int To, int Times) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var from = At(From, bytes.Length);
        var chunk = bytes.AsSpan(from, Math.Min(Count, bytes.Length - from));
        var times = chunk.IsEmpty ? 0 : Math.Min(Times, MaxGrowth / chunk.Length);
        var copies = new byte[chunk.Length * times];
        for (var i = 0; i < times; i++)
        {
            chunk.CopyTo(copies.AsSpan(i * chunk.Length));
        }

        var to = At(To, bytes.Length);
        return Join(bytes.AsSpan(0, to), copies, bytes.AsSpan(to));
    }
}

/// <summary>The start of this file joined to the end of a seed (perhaps itself).</summary>
internal sealed record Splice(int Seed, int Cut, int OtherCut) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var other = seeds[Seed % seeds.Count];
        return Join(bytes.AsSpan(0, At(Cut, bytes.Length)), other.AsSpan(At(OtherCut, other.Length)), []);
    }
}

/// <summary>
/// Replaces one match of <paramref name="Pattern"/> (the <paramref name="Occurrence"/>-th, modulo their number) with
/// <paramref name="Value"/>, where "$0" stands for what matched: a number after /Length made huge, a JSON value of
/// another type, an escape inside a string.
/// </summary>
internal sealed record ReplaceToken(string Pattern, int Occurrence, string Value) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var matches = Regex.Matches(text, Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        if (matches.Count == 0)
        {
            return bytes;
        }

        var match = matches[Occurrence % matches.Count];
        return Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, match.Index), match.Result(Value), text.AsSpan(match.Index + match.Length)));
    }

    public override string ToString() => $"ReplaceToken {{ Pattern = {Quote(Pattern)}, Occurrence = {Occurrence}, Value = {Quote(Value)} }}";
}

/// <summary>
/// Opens <paramref name="Depth"/> levels of nesting (closed again when <paramref name="Close"/> is not empty) just after
/// the first <paramref name="After"/> from <paramref name="Position"/> on, or at it when <paramref name="After"/> is empty.
/// </summary>
internal sealed record Nest(int Position, string After, string Open, string Close, int Depth) : Mutation
{
    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var at = At(Position, bytes.Length);
        if (After.Length > 0)
        {
            var found = bytes.AsSpan(at).IndexOf(Encoding.Latin1.GetBytes(After));
            at = found < 0 ? at : at + found + After.Length;
        }

        var depth = Math.Min(Depth, MaxGrowth / (Open.Length + Close.Length));
        var nesting = new StringBuilder(depth * (Open.Length + Close.Length)).Insert(0, Open, depth).Insert(depth * Open.Length, Close, depth);
        return Join(bytes.AsSpan(0, at), Encoding.Latin1.GetBytes(nesting.ToString()), bytes.AsSpan(at));
    }

    public override string ToString() => $"Nest {{ Position = {Position}, After = {Quote(After)}, Open = {Quote(Open)}, Close = {Quote(Close)}, Depth = {Depth} }}";
}

/// <summary>
/// Overwrites one field of a ZIP record (the <paramref name="Record"/>-th local header, central directory entry or end
/// of the directory): sizes, name lengths, offsets, counts, CRC. The file stays a ZIP that lies about itself.
/// </summary>
internal sealed record ZipField(int Record, int Field, uint Value) : Mutation
{
    // (offset, width) of the fields of each record, after its four-byte signature.
    private static readonly (int Offset, int Width)[] LocalHeader = [(6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)];
    private static readonly (int Offset, int Width)[] CentralEntry = [(10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (42, 4)];
    private static readonly (int Offset, int Width)[] DirectoryEnd = [(8, 2), (10, 2), (12, 4), (16, 4), (20, 2)];

    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds)
    {
        var records = new List<(int Start, (int Offset, int Width)[] Fields)>();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] != 'P' || bytes[i + 1] != 'K')
            {
                continue;
            }

            var fields = (bytes[i + 2], bytes[i + 3]) switch
            {
                (3, 4) => LocalHeader,
                (1, 2) => CentralEntry,
                (5, 6) => DirectoryEnd,
                _ => null,
            };
            if (fields is not null)
            {
                records.Add((i, fields));
            }
        }

        if (records.Count == 0)
        {
            return bytes;
        }

        var (start, choices) = records[Record % records.Count];
        var (offset, width) = choices[Field % choices.Length];
        if (start + offset + width > bytes.Length)
        {
            return bytes;
        }

        var changed = (byte[])bytes.Clone();
        for (var b = 0; b < width; b++)
        {
            changed[start + offset + b] = (byte)(Value >> (8 * b));
        }

        return changed;
    }
}

/// <summary>
/// Unpacks the ZIP, applies <paramref name="Inner"/> to the <paramref name="Entry"/>-th part (its XML, for a .docx)
/// and packs it again, stored or deflated: mutations that reach the XML reader instead of stopping at a broken
/// deflate stream. A file that no longer unpacks, or not under its names, is left as it is.
/// </summary>
internal sealed record InZipEntry(int Entry, bool Stored, IReadOnlyList<Mutation> Inner) : Mutation
{
    // ZIP entries carry the time they were written; one fixed time keeps every input the same bytes on every run.
    private static readonly DateTimeOffset Written = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    public override byte[] Apply(byte[] bytes, IReadOnlyList<byte[]> seeds) =>
        Repack(bytes, Stored, (index, count, part) => index == Entry % count ? Inner.Aggregate(part, (changed, mutation) => mutation.Apply(changed, seeds)) : part);

    public override string ToString() => $"InZipEntry {{ Entry = {Entry}, Stored = {Stored}, Inner = [{string.Join(", ", Inner)}] }}";

    /// <summary>
    /// The ZIP packed again with each part passed through <paramref name="change"/> (its index, the number of parts,
    /// its bytes), written at a fixed time; the bytes as they were when they do not unpack, or not under their names.
    /// </summary>
    public static byte[] Repack(byte[] bytes, bool stored, Func<int, int, byte[], byte[]> change)
    {
        List<(string Name, byte[] Bytes)> parts;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            parts = [.. zip.Entries.Select(e => (e.FullName, Read(e)))];
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            return bytes;
        }

        // A ZIP whose names its headers garbled cannot be packed again under them.
        if (parts.Count == 0 || parts.Any(p => p.Name.Length == 0))
        {
            return bytes;
        }

        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var entry = zip.CreateEntry(parts[i].Name, stored ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                entry.LastWriteTime = Written;
                using var stream = entry.Open();
                stream.Write(change(i, parts.Count, parts[i].Bytes));
            }
        }

        return packed.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>
/// The FsCheck generators of mutations for each format the fuzz run covers: the byte-level ones every format gets, and
/// the tokens, numbers, values and nestings each format's reader parses, as data.
/// </summary>
internal static class FuzzMutations
{
    private static readonly Gen<int> Position = Gen.Choose(0, 1 << 24);

    private static readonly Gen<int> Count = Gen.Elements(1, 2, 3, 8, 64, 512, 4096);

    private static readonly Gen<int> Depth = Gen.Elements(2, 10, 100, 1_000, 10_000, 100_000);

    private static readonly string[] BigNumbers =
        ["0", "-1", "-0", "1", "255", "65536", "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775807", "99999999999999999999999999", "1e308", "1e400", "-1e400", "3.4e38", "0.000001", "1.5", "00000000001"];

    private static readonly string[] PdfTokens =
    [
        "obj", "endobj", "stream", "endstream", " R", "<<", ">>", "[", "]", "(", ")", "<", ">", "/", "%", "\\", "\n", "\r", " ", "0 0 R", "1 0 R", "3 0 R", "4 0 R", "99 0 R",
        "/Filter /FlateDecode", "/Filter /LZWDecode", "/Filter /RunLengthDecode", "/Filter /ASCIIHexDecode", "/Filter /ASCII85Decode", "/Filter /DCTDecode",
        "/Filter /CCITTFaxDecode", "/Filter /JBIG2Decode", "/Filter [/FlateDecode /FlateDecode]", "/DecodeParms << /Predictor 12 /Columns 99999 >>",
        "/Type /Page", "/Type /Pages", "/Kids [3 0 R 3 0 R]", "/Kids [2 0 R]", "/Parent 3 0 R", "/Contents 3 0 R", "/Contents [4 0 R 4 0 R]", "/Resources 1 0 R",
        "/Count 99999999", "xref", "trailer", "startxref", "%%EOF", "/Encrypt 1 0 R", "/Prev 0", "/XObject << /X 3 0 R >>", "/X Do", "/Subtype /Form",
        "/Type /XRef", "/Type /ObjStm /N 1 /First 0", "/Length 4 0 R", "BT", "ET", "Tj", "TJ", "Tf", "Td", "Tm", "q", "Q", "cm", "Do", "BI", "ID", "EI",
        "/Type0", "/Encoding /Identity-H", "/ToUnicode 4 0 R", "/FontFile2 4 0 R", "/Widths [1e30]", "\u00FF\u00FE", "\0",
    ];

    private static readonly (string Pattern, string[] Values)[] PdfTokenSwaps =
    [
        (@"(?<=/(?:Length|Size|Count|Prev|First|N|Rotate|Columns|Predictor|BitsPerComponent)\s+)-?\d+", BigNumbers),
        (@"\d+(?= \d+ (?:obj|R)\b)", BigNumbers),
        (@"(?<=startxref\s+)\d+", BigNumbers),
        (@"\d{10}(?= \d{5} [nf])", ["0000000000", "9999999999", "0000000001", "-000000001"]),
        (@"-?\d+(?:\.\d+)?(?= (?:Tf|Td|TD|Tm|Tc|Tw|Tz|TL|cm|re)\b)", BigNumbers),
        (@"-?\d+(?:\.\d+)?", BigNumbers),
        (@"/[A-Z][A-Za-z0-9]*", ["/Page", "/Pages", "/Kids", "/Parent", "/Font", "/XObject", "/Form", "/FlateDecode", "/LZWDecode", "/Length", "/Type", "/Contents", "/Resources", "/Root", "/Encrypt", "/ObjStm", "/"]),
        (@"\((?:[^()\\]|\\.)*\)", ["()", "(\\", "(\\777)", "<FEFF0041D800>", "<>", "<0>", "[(A) 99999 (B)]"]),
    ];

    private static readonly (string Open, string Close)[] PdfNestings = [("[", "]"), ("<<", ">>"), ("<< /A ", ">>"), ("(", ")"), ("q ", "Q "), ("[ <<", ">> ]")];

    private static readonly string[] XmlTokens =
    [
        "<", ">", "/>", "</w:p>", "<w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tab/>", "<w:br/>", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "&e;",
        "<!DOCTYPE d [<!ENTITY e \"eeeeeeeeee\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;\">]>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "xmlns:w=\"urn:x\"",
        "<![CDATA[", "]]>", "<!--", "-->", "\u00EF\u00BB\u00BF", "\u00FF\u00FE", "\0", "\"", "'", "=",
    ];

    private static readonly (string Pattern, string[] Values)[] XmlTokenSwaps =
    [
        ("(?<=w:val=\")[^\"]*", ["-1", "x", "", "99999999999", "2147483648", "bullet", "decimal", "Heading1", "Title", "true", "0", "8", "-2147483648"]),
        ("(?<=w:(?:ilvl|numId|abstractNumId|outlineLvl) w:val=\")[^\"]*", BigNumbers),
        ("(?<=Target=\")[^\"]*", ["", "../../../../etc/passwd", "http://example.com/x", "word/document.xml", "/word/../word/document.xml", "styles.xml"]),
        ("(?<=(?:ContentType|Type)=\")[^\"]*", ["", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"]),
        ("(?<=</?)w:[a-zA-Z]+", ["w:p", "w:r", "w:t", "w:body", "w:document", "w:tbl", "w:sdt", "w:pPr", "w:rPr", "w:b", "w:numPr", "x:p"]),
        ("(?<=<w:t(?: [^>]*)?>)[^<]", ["\u00FF", "\u00ED\u00A0\u0080", "&#x1F600;", "\t", "$0$0$0$0$0$0$0$0"]),
    ];

    private static readonly (string Open, string Close)[] XmlNestings =
        [("<w:p>", "</w:p>"), ("<w:r>", "</w:r>"), ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"), ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"), ("<w:p><w:r><w:t>", "</w:t></w:r></w:p>")];

    private static readonly string[] ZipTokens = ["PK\u0003\u0004", "PK\u0001\u0002", "PK\u0005\u0006", "PK\u0006\u0006", "\0\0\0\0", "\u00FF\u00FF\u00FF\u00FF"];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "1e999", "\"schemaVersion\": 1,", "\"questions\": [],", "/*", "*/", "//", "\n",
        "\u00EF\u00BB\u00BF", "\u00ED\u00A0\u0080", "\u00ED\u00B0\u0080", "\u00FF", "\u00C0\u0080", "\u00F4\u0090\u0080\u0080", "\0", "\\u0000", "\\ud800",
    ];

    private static readonly string[] JsonValues =
    [
        "42", "-1", "0", "1e400", "-1e400", "99999999999999999999999999999", "2147483648", "1.5", "true", "false", "null", "\"x\"", "\"\"", "[]", "{}", "[null]",
        "{\"a\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0041\\u030A\"", "\"star\"", "\"bogus\"", "\"1\"", "\"2026-13-45T99:99:99Z\"",
        "[1,2,3]", "\"\\uFFFF\"", "\"\u00ED\u00A0\u0080\"",
    ];

    private static readonly (string Pattern, string[] Values)[] JsonTokenSwaps =
    [
        ("(?<=:\\s*)(?:\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)", JsonValues),
        ("(?<=[\\[,]\\s*)(?:\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)", JsonValues),
        ("\"(?=[A-Za-z])", ["$0\\u0000", "$0\\ud800", "$0\\udfff", "$0\\ud83d\\ude00", "$0\\u00e9", "$0\\uFFFE", "$0\\\\", "$0\\\"", "$0\\x", "$0\\u12"]),
        ("\"[a-zA-Z]+\"(?=\\s*:)", ["\"schemaVersion\"", "\"questions\"", "\"answers\"", "\"sections\"", "\"kind\"", "\"id\"", "\"text\"", "\"$type\"", "\"$ref\"", "\"$id\"", "\"QUESTIONS\"", "\"\""]),
        ("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?", BigNumbers),
    ];

    private static readonly (string Open, string Close)[] JsonNestings = [("[", "]"), ("{\"a\":", "}"), ("[{\"b\":", "}]")];

    /// <summary>The mutations of one fuzzed input of <paramref name="format"/>: one to five, most often one or two.</summary>
    public static Gen<Mutation[]> For(ImportFormat format, int seeds)
    {
        var one = format switch
        {
            ImportFormat.Pdf => Gen.Frequency(
                (6, Bytes(PdfTokens, seeds)),
                (3, Swap(PdfTokenSwaps)),
                (1, Nesting(PdfNestings, Gen.Elements("", "stream\n", "BT ", "<<", "[")))),
            ImportFormat.Docx => Gen.Frequency(
                (2, Bytes(ZipTokens, seeds)),
                (2, from record in Position from field in Gen.Choose(0, 7) from value in Gen.Elements(0u, 1u, 0xFFFFu, 0x7FFFFFFFu, 0xFFFFFFFFu, 100u, 100_000u, 40u * 1024 * 1024)
                    select (Mutation)new ZipField(record, field, value)),
                (6, from entry in Position from stored in Gen.Elements(true, false) from count in Gen.Choose(1, 3) from inner in Xml(seeds).ArrayOf(count)
                    select (Mutation)new InZipEntry(entry, stored, inner))),
            ImportFormat.Json => Gen.Frequency(
                (4, Bytes(JsonTokens, seeds)),
                (5, Swap(JsonTokenSwaps)),
                (1, Nesting(JsonNestings, Gen.Elements("", ":", "[")))),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "the fuzz run covers PDF, .docx and JSON"),
        };

        return Gen.Frequency((5, Gen.Constant(1)), (3, Gen.Constant(2)), (2, Gen.Constant(3)), (1, Gen.Constant(5)))
            .SelectMany(count => one.ArrayOf(count));
    }

    private static Gen<Mutation> Xml(int seeds) => Gen.Frequency(
        (4, Bytes(XmlTokens, seeds)),
        (4, Swap(XmlTokenSwaps)),
        (1, Nesting(XmlNestings, Gen.Elements(">", "<w:body>", "</w:t>"))));

    /// <summary>The byte-level mutations, inserting <paramref name="tokens"/> of the format or random bytes.</summary>
    private static Gen<Mutation> Bytes(string[] tokens, int seeds)
    {
        var text = Gen.Frequency(
            (3, Gen.Elements(tokens)),
            (1, from length in Gen.Choose(1, 16) from chars in Gen.Choose(0, 255).Select(b => (char)b).ArrayOf(length) select new string(chars)));
        return Gen.OneOf(
            from position in Position from bit in Gen.Choose(0, 7) select (Mutation)new FlipBit(position, bit),
            from position in Position from inserted in text select (Mutation)new InsertBytes(position, inserted),
            from position in Position from count in Count select (Mutation)new DeleteBytes(position, count),
            Position.Select(position => (Mutation)new Truncate(position)),
            from start in Position from count in Count from to in Position from times in Gen.Elements(1, 2, 10, 1_000)
            select (Mutation)new DuplicateChunk(start, count, to, times),
            from seed in Gen.Choose(0, seeds - 1) from cut in Position from otherCut in Position select (Mutation)new Splice(seed, cut, otherCut));
    }

    private static Gen<Mutation> Swap((string Pattern, string[] Values)[] swaps) =>
        from swap in Gen.Elements(swaps)
        from occurrence in Position
        from value in Gen.Elements(swap.Values)
        select (Mutation)new ReplaceToken(swap.Pattern, occurrence, value);

    private static Gen<Mutation> Nesting((string Open, string Close)[] nestings, Gen<string> after) =>
        from position in Position
        from anchor in after
        from nesting in Gen.Elements(nestings)
        from closed in Gen.Elements(true, false)
        from depth in Depth
        select (Mutation)new Nest(position, anchor, nesting.Open, closed ? nesting.Close : string.Empty, depth);
}
