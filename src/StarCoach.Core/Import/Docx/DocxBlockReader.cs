using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StarCoach.Core.Import.Outline;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StarCoach.Core.Import.Docx;

/// <summary>
/// Reads the paragraphs of a .docx as <see cref="DocumentBlock"/>s: Heading 1–6 and Title styles (or an
/// outline level) become headings, Word lists become list items with their bullet or number, a bold
/// "Situation:" run stays a label, empty paragraphs count as blank lines. A block's line is its paragraph's
/// 1-based position in the document body (empty paragraphs counted), so a bank's sourceSpan names paragraphs.
/// Before the SDK sees the file, the ZIP directory is checked so that a zip bomb is refused unread.
/// </summary>
internal static class DocxBlockReader
{
    /// <summary>Most ZIP entries a .docx may have; real documents have a few dozen.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>Most bytes all entries may unpack to (declared sizes).</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>Largest unpacked-to-packed ratio accepted for a sizeable entry; XML compresses ~10:1, bombs ~1000:1.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>Most characters the SDK reads from one part; enforced while reading, so lying ZIP headers do not help a bomb.</summary>
    public const long MaxCharactersInPart = 40L * 1024 * 1024;

    /// <summary>Most characters of text taken from a document.</summary>
    public const int MaxTextChars = 5_000_000;

    /// <summary>
    /// Deepest XML nesting a part may have. Word writes a few dozen levels (tables in tables, text boxes); the Open XML
    /// SDK loads a part recursively, so some 12,000 levels overflow a thread's stack, which no handler can catch.
    /// </summary>
    public const int MaxXmlNesting = 256;

    private const long RatioCheckFloor = 1024 * 1024;

    /// <summary>Reads the blocks of <paramref name="bytes"/>, or says in <paramref name="error"/> why not (without the file name).</summary>
    public static List<DocumentBlock>? Read(ReadOnlyMemory<byte> bytes, out string error)
    {
        error = string.Empty;
        if (!CheckArchive(bytes, out error))
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart, AutoSave = false });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                error = "is not a valid .docx file (no document body); open it in Word and save it as .docx again.";
                return null;
            }

            var reader = new ParagraphReader(document.MainDocumentPart!);
            return reader.Read(body, out error);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FormatException or InvalidDataException or XmlException or IOException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            var what = e switch
            {
                XmlException => "is damaged: the text inside is broken or cut short",
                InvalidDataException or IOException => "is damaged: its ZIP container cannot be unpacked",

                // System.IO.Packaging's words for ZIP records or part types that disagree (FileFormatException) and for a
                // link between parts that is no address (UriFormatException).
                OpenXmlPackageException or FormatException => "is not a valid Word document: its parts are missing or damaged",
                _ => "cannot be read as a Word document",
            };
            error = $"{what}; open it in Word and save it as .docx again, or save it as .txt.";
            return null;
        }
    }

    private static bool CheckArchive(ReadOnlyMemory<byte> bytes, out string error)
    {
        error = string.Empty;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                error = $"has {zip.Entries.Count} parts inside, over the {MaxEntries} limit for a Word document; it is not a normal .docx, so it was not opened. Save it again from Word, or as .txt.";
                return false;
            }

            // The sizes are those the ZIP declares, and they hold while reading: .NET never inflates an entry past its
            // declared length (a bomb that lies about its size is cut short there), and the SDK stops at MaxCharactersInPart.
            long total = 0;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasDocument |= entry.FullName == "word/document.xml";
                if (entry.Length > RatioCheckFloor && entry.Length / Math.Max(1, entry.CompressedLength) > MaxCompressionRatio || total > MaxUncompressedBytes)
                {
                    error = $"unpacks to more than {MaxUncompressedBytes / (1024 * 1024)} MB or is compressed far beyond what a Word document is (a zip bomb?); it was not opened. Save it again from Word, or as .txt.";
                    return false;
                }

                if (entry.Length > MaxCharactersInPart && (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                {
                    error = $"has a part of {entry.Length / (1024 * 1024)} MB of text ({entry.FullName}), over the {MaxCharactersInPart / (1024 * 1024)} MB limit and far beyond a prep document; it was not opened. Split the document, or save it as .txt.";
                    return false;
                }
            }

            if (!hasDocument)
            {
                error = "is a ZIP file without a Word document inside (no word/document.xml); open it in Word and save it as .docx again.";
                return false;
            }

            if (zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && NestsTooDeep(e)) is { } deep)
            {
                error = $"has XML nested more than {MaxXmlNesting} levels deep ({deep.FullName}), which no Word document does; it was not opened. Save it again from Word, or as .txt.";
                return false;
            }

            return true;
        }
        catch (InvalidDataException)
        {
            error = "is not a valid .docx file (the ZIP container is damaged); open it in Word and save it as .docx again, or save it as .txt.";
            return false;
        }
    }

    /// <summary>
    /// Whether the part nests deeper than <see cref="MaxXmlNesting"/>, read as a stream (XmlReader keeps no stack of its
    /// own) with the SDK's settings; XML that is damaged before that depth is left for the SDK to report.
    /// </summary>
    private static bool NestsTooDeep(ZipArchiveEntry entry)
    {
        try
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxCharactersInPart });
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlNesting)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
        {
            // Damaged before it nests too deep: the SDK stops at the same place and says so.
        }

        return false;
    }

    private sealed class ParagraphReader(MainDocumentPart main)
    {
        private readonly Dictionary<string, Style> _styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase) ?? [];

        private readonly Dictionary<(int, int), int> _counters = [];
        private int _chars;

        public List<DocumentBlock>? Read(Body body, out string error)
        {
            error = string.Empty;
            var blocks = new List<DocumentBlock>();
            var number = 0;
            var blanks = 0;
            var sawEmpty = false;
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                number++;
                var (text, startsBold) = TextOf(paragraph);
                _chars += text.Length;
                if (_chars > MaxTextChars)
                {
                    error = $"holds more than {MaxTextChars / 1_000_000} million characters of text, far beyond a prep document; split it and import the parts.";
                    return null;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    blanks++;
                    sawEmpty = true;
                    continue;
                }

                var level = HeadingLevel(paragraph);
                var list = level == 0 ? ListMarker(paragraph) : null;
                var isLabel = startsBold && StarLabels.TryFind(text, out _);
                var isListItem = list is not null && !isLabel;
                var written = isListItem ? list + text.TrimStart() : text;
                blocks.Add(new DocumentBlock(written, number, number, blocks.Count == 0 ? 0 : blanks, level, isListItem, MayHoldLabel: !isListItem));
                blanks = 0;
            }

            // A document spaced by paragraph formatting instead of empty paragraphs: every paragraph stands apart,
            // except the items of a list.
            if (!sawEmpty)
            {
                for (var i = 1; i < blocks.Count; i++)
                {
                    blocks[i] = blocks[i] with { BlankLinesBefore = blocks[i].IsListItem && blocks[i - 1].IsListItem ? 0 : 1 };
                }
            }

            return blocks;
        }

        private static (string Text, bool StartsBold) TextOf(Paragraph paragraph)
        {
            var builder = new StringBuilder();
            bool? startsBold = null;
            foreach (var run in paragraph.Descendants<Run>())
            {
                var before = builder.Length;
                foreach (var child in run.ChildElements)
                {
                    switch (child)
                    {
                        case WordText text:
                            builder.Append(text.Text);
                            break;
                        case TabChar:
                            builder.Append('\t');
                            break;
                        case Break or CarriageReturn:
                            builder.Append('\n');
                            break;
                        case NoBreakHyphen:
                            builder.Append('-');
                            break;
                    }
                }

                if (startsBold is null && builder.Length > before && builder.ToString(before, builder.Length - before).Trim().Length > 0)
                {
                    var bold = run.RunProperties?.Bold;
                    startsBold = bold is not null && (bold.Val is null || bold.Val.Value);
                }
            }

            return (builder.ToString(), startsBold ?? false);
        }

        private int HeadingLevel(Paragraph paragraph)
        {
            var properties = paragraph.ParagraphProperties;
            if (properties?.OutlineLevel?.Val?.Value is { } outline && outline is >= 0 and < 6)
            {
                return outline + 1;
            }

            var styleId = properties?.ParagraphStyleId?.Val?.Value;
            for (var depth = 0; styleId is not null && depth < 8; depth++)
            {
                var name = _styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;
                var level = LevelOfStyleName(name) ?? LevelOfStyleName(styleId);
                if (level is not null)
                {
                    return level.Value;
                }

                if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleOutline && styleOutline is >= 0 and < 6)
                {
                    return styleOutline + 1;
                }

                styleId = style?.BasedOn?.Val?.Value;
            }

            return 0;
        }

        private static int? LevelOfStyleName(string name)
        {
            var compact = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (compact == "title")
            {
                return 1;
            }

            return compact.StartsWith("heading", StringComparison.Ordinal) && compact.Length == 8 && compact[7] is >= '1' and <= '6' ? compact[7] - '0' : null;
        }

        /// <summary>"• " or "3. " with two spaces of indentation per level, for a paragraph of a Word list; null otherwise.</summary>
        private string? ListMarker(Paragraph paragraph)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties;
            var numberId = numbering?.NumberingId?.Val?.Value;
            if (numberId is null or 0)
            {
                return null;
            }

            var level = numbering!.NumberingLevelReference?.Val?.Value ?? 0;
            var indent = new string(' ', 2 * Math.Clamp(level, 0, 8));
            if (IsBullet(numberId.Value, level))
            {
                return indent + "• ";
            }

            var key = (numberId.Value, level);
            _counters[key] = _counters.GetValueOrDefault(key) + 1;
            foreach (var deeper in _counters.Keys.Where(k => k.Item1 == numberId.Value && k.Item2 > level).ToList())
            {
                _counters.Remove(deeper);
            }

            return indent + _counters[key].ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
        }

        private bool IsBullet(int numberId, int level)
        {
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var definition = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var format = definition?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
            return format is null || format.Value == NumberFormatValues.Bullet;
        }
    }
}
