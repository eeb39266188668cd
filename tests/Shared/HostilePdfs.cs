using System.IO.Compression;
using System.Text;

namespace StarCoach.Testing;

/// <summary>
/// Hostile PDFs made in code, small on disk and huge once read: the files are never committed, and each is the
/// general shape of an attack (a stream that unpacks to far more than it holds, a page that draws millions of
/// glyphs), not a copy of one file.
/// </summary>
internal static class HostilePdfs
{
    /// <summary>One page whose content stream is <paramref name="megabytes"/> MB of zeros, Flate-compressed (about 1 KB per MB).</summary>
    public static byte[] CompressedZeros(int megabytes) => OnePage(Deflate(megabytes, new byte[1024 * 1024]), "/Filter /FlateDecode");

    /// <summary>The same zeros compressed twice, with the filter named twice: the ratios multiply.</summary>
    public static byte[] DoublyCompressedZeros(int megabytes) => OnePage(Zlib(Deflate(megabytes, new byte[1024 * 1024])), "/Filter [/FlateDecode /FlateDecode]");

    /// <summary>Zeros in RunLength runs of 128 bytes, two bytes each.</summary>
    public static byte[] RunLengthZeros(int megabytes)
    {
        var runs = new byte[megabytes * 1024 * 1024 / 128 * 2];
        for (var i = 0; i < runs.Length; i += 2)
        {
            runs[i] = 129;
        }

        return OnePage(runs, "/Filter /RunLengthDecode");
    }

    /// <summary>Zeros LZW-encoded as PDF writes LZW (early change): about 1,200 to one.</summary>
    public static byte[] LzwZeros(int megabytes) => OnePage(Lzw(new byte[megabytes * 1024 * 1024]), "/Filter /LZWDecode");

    /// <summary>
    /// LZW as PDF's LZWDecode reads it with /EarlyChange 1: 9- to 12-bit codes, most significant bit first, 256 clears
    /// the table, 257 ends; the code width grows once the next free code needs another bit.
    /// </summary>
    public static byte[] Lzw(byte[] data)
    {
        const int clear = 256, end = 257, first = 258;
        var output = new MemoryStream();
        var buffer = 0;
        var bits = 0;
        void Emit(int code, int width)
        {
            buffer = (buffer << width) | code;
            bits += width;
            while (bits >= 8)
            {
                output.WriteByte((byte)(buffer >> (bits - 8)));
                bits -= 8;
                buffer &= (1 << bits) - 1;
            }
        }

        var table = new Dictionary<int, int>();
        var next = first;
        var codeWidth = 9;
        var current = -1;
        Emit(clear, codeWidth);
        foreach (var b in data)
        {
            if (current < 0)
            {
                current = b;
                continue;
            }

            if (table.TryGetValue((current << 8) | b, out var code))
            {
                current = code;
                continue;
            }

            Emit(current, codeWidth);
            table[(current << 8) | b] = next++;
            if (next >= (1 << codeWidth) && codeWidth < 12)
            {
                codeWidth++;
            }

            if (next >= 4094)
            {
                Emit(clear, codeWidth);
                table.Clear();
                next = first;
                codeWidth = 9;
            }

            current = b;
        }

        if (current >= 0)
        {
            Emit(current, codeWidth);
        }

        Emit(end, codeWidth);
        if (bits > 0)
        {
            output.WriteByte((byte)(buffer << (8 - bits)));
        }

        return output.ToArray();
    }

    /// <summary>
    /// One page that shows <paramref name="glyphs"/> letters in one string, compressed to a few kilobytes; with
    /// <paramref name="pageHasKids"/>, the page also has an empty /Kids, as if it were a node of the page tree.
    /// </summary>
    public static byte[] Glyphs(int glyphs, bool pageHasKids = false)
    {
        var text = Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (" + new string('A', glyphs) + ") Tj ET");
        return OnePage(Zlib(text), "/Filter /FlateDecode", pageHasKids ? PageDictionary.Replace("/Type /Page ", "/Type /Page /Kids [] ", StringComparison.Ordinal) : PageDictionary);
    }

    /// <summary>One page of <paramref name="count"/> path operators ("0 0 m"), compressed.</summary>
    public static byte[] Operators(int count)
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m\n", count)));
        return OnePage(Zlib(text), "/Filter /FlateDecode");
    }

    /// <summary>
    /// Forms that each draw the one below them ten times, <paramref name="levels"/> deep, the last showing one letter:
    /// a page of a few hundred bytes that draws 10^levels glyphs.
    /// </summary>
    public static byte[] FormFanOut(int levels)
    {
        var objects = new List<string>();
        var formBase = 6;
        for (var level = 0; level < levels; level++)
        {
            var content = level == 0 ? "BT /F1 12 Tf (A) Tj ET" : string.Concat(Enumerable.Repeat($"/X{level - 1} Do ", 10));
            var resources = level == 0 ? "/Font << /F1 5 0 R >>" : $"/XObject << /X{level - 1} {formBase + level - 1} 0 R >> /Font << /F1 5 0 R >>";
            objects.Add($"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {resources} >> /Length {content.Length} >>\nstream\n{content}\nendstream");
        }

        var top = levels - 1;
        var page = $"/X{top} Do";
        return Pdf(
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X{top} {formBase + top} 0 R >> /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {page.Length} >>\nstream\n{page}\nendstream",
            objects);
    }

    /// <summary>
    /// One text object of <paramref name="count"/> operators, then as many words that are no operator, compressed, as
    /// when the text of another part (its XMP metadata, say) ends up in a page: at each such word PdfPig searches the
    /// operators back to the start of the text object for an inline image, so the time grows with the square.
    /// </summary>
    public static byte[] UnknownWords(int count) =>
        OnePage(Zlib(Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 700 Td (A) Tj\n" + string.Concat(Enumerable.Repeat("0 Tc\n", count)) + string.Concat(Enumerable.Repeat("xmpMM:InstanceID\n", count)) + "ET")), "/Filter /FlateDecode");

    /// <summary>
    /// One page showing a question in <paramref name="fonts"/> two-byte (Type0, Identity-H) fonts, each with its own
    /// compressed /ToUnicode CMap whose <c>beginbfrange</c> section holds <paramref name="ranges"/> (lines of
    /// "&lt;low&gt; &lt;high&gt; &lt;destination&gt;"): the text is read only through that map.
    /// </summary>
    public static byte[] CharacterMaps(string ranges, int fonts = 1)
    {
        var count = ranges.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var map = Zlib(Encoding.ASCII.GetBytes(
            "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test-UCS def /CMapType 2 def\n"
            + $"1 begincodespacerange <0000> <FFFF> endcodespacerange\n{count} beginbfrange\n{ranges}\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end"));
        const int first = 6;
        var objects = new List<string>
        {
            "<< /Type /FontDescriptor /FontName /Test /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {first} 0 R /DW 500 >>",
        };
        var names = new StringBuilder();
        for (var i = 0; i < fonts; i++)
        {
            var font = first + objects.Count;
            objects.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [{first + 1} 0 R] /ToUnicode {font + 1} 0 R >>");
            objects.Add($"<< /Length {map.Length} /Filter /FlateDecode >>\nstream\n{Encoding.Latin1.GetString(map)}\nendstream");
            names.Append($"/F{i + 1} {font} 0 R ");
        }

        var codes = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes("Tell me about a time you failed?"));
        var content = string.Concat(Enumerable.Range(1, fonts).Select(i => $"BT /F{i} 12 Tf 72 {700 - (14 * i)} Td <{codes}> Tj ET\n"));
        return Pdf(
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << {names}>> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            objects);
    }

    /// <summary>A valid one-page PDF followed by <paramref name="count"/> objects that nothing uses.</summary>
    public static byte[] ManyObjects(int count) =>
        Pdf(PageDictionary, "<< /Length 0 >>\nstream\n\nendstream", Enumerable.Repeat("null", count).ToList());

    /// <summary>A page whose content shows an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepArray(int depth) =>
        OnePage(Zlib(Encoding.ASCII.GetBytes($"BT /F1 12 Tf {new string('[', depth)}(A){new string(']', depth)} TJ ET")), "/Filter /FlateDecode");

    /// <summary>
    /// A plain, valid page showing <paramref name="lines"/> in Helvetica, the first at 16 points as a heading, its content
    /// uncompressed: the small PDF the fuzz run mutates, where every byte flipped lands in a token PdfPig reads.
    /// </summary>
    public static byte[] Lines(IEnumerable<string> lines)
    {
        var shown = string.Concat(lines.Select((line, i) => $"/F1 {(i == 0 ? 16 : 11)} Tf ({line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)}) Tj 0 -14 Td\n"));
        var content = $"BT 72 740 Td\n{shown}ET";
        return Pdf(PageDictionary, $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream", []);
    }

    private const string PageDictionary = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>";

    private static byte[] OnePage(byte[] content, string filter, string page = PageDictionary)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes($"<< /Length {content.Length} {filter} >>\nstream\n"));
        stream.Write(content);
        stream.Write("\nendstream"u8);
        return Pdf(page, stream.ToArray(), []);
    }

    private static byte[] Pdf(string page, string contents, List<string> extra) => Pdf(page, Encoding.ASCII.GetBytes(contents), extra);

    /// <summary>Catalog (1), pages (2), the page (3), its contents (4), Helvetica (5), then <paramref name="extra"/> from 6 on.</summary>
    private static byte[] Pdf(string page, byte[] contents, List<string> extra)
    {
        var bodies = new List<byte[]>
        {
            "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"u8.ToArray(),
            Encoding.ASCII.GetBytes(page),
            contents,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
        };
        bodies.AddRange(extra.Select(Encoding.Latin1.GetBytes));

        var file = new MemoryStream();
        file.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < bodies.Count; i++)
        {
            offsets.Add(file.Position);
            file.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            file.Write(bodies[i]);
            file.Write("\nendobj\n"u8);
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {bodies.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return file.ToArray();
    }

    private static byte[] Deflate(int times, byte[] chunk)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var i = 0; i < times; i++)
            {
                zlib.Write(chunk);
            }
        }

        return compressed.ToArray();
    }

    /// <summary><paramref name="data"/> as a zlib stream, as FlateDecode reads it.</summary>
    public static byte[] Zlib(byte[] data) => Deflate(1, data);
}

/// <summary>One hostile file of each kind the importers refuse, with what the refusal says: the CLI and the web app are tested on the same files.</summary>
internal static class HostileFiles
{
    public static readonly IReadOnlyDictionary<string, (Func<byte[]> Bytes, string Says)> ByName = new Dictionary<string, (Func<byte[]>, string)>
    {
        ["zeros.pdf"] = (() => HostilePdfs.CompressedZeros(megabytes: 1024), "unpacks to more than 64 MB"),
        ["glyphs.pdf"] = (() => HostilePdfs.Glyphs(1_000_000), "page 1 draws more than 200,000 characters"),
        ["forms.pdf"] = (() => HostilePdfs.FormFanOut(levels: 9), "page 1 draws more than 200,000 characters"),
        ["markers.md"] = (() => Encoding.UTF8.GetBytes("# Prep\n\n" + string.Concat(Enumerable.Repeat("- ", 100)) + "x\n"), "Markdown nested more than 64 levels deep at line 3"),
        ["version.json"] = (() => "{\"schemaVersion\": \"1\", \"questions\": []}"u8.ToArray(), "schemaVersion at line 1 should be a whole number, not the text \"1\""),
    };

    public static IEnumerable<string> Names => ByName.Keys;
}
