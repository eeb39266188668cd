using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Reads Markdown prep documents with Markdig: headings become categories or questions by level and
/// content, bold or plain labels become STAR sections, lists stay inside their section.
/// </summary>
public sealed class MarkdownImporter : IBankImporter
{
    /// <summary>Deepest block or inline nesting accepted; deeper documents are refused rather than risk the stack.</summary>
    public const int MaxNesting = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Markdown;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        if (NestingGuard.TooDeep(document.Text, MaxNesting, out var line))
        {
            return ImportResult.Failure($"{document.Name}: Markdown nested more than {MaxNesting} levels deep at line {line}; flatten the quotes or lists there and import again.");
        }

        // Old Mac line endings (a lone CR) count as line breaks everywhere else in StarCoach; Markdig would
        // drop them inside code spans, so they become LF first. Line numbers stay the same.
        var text = document.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var parsed = Markdig.Markdown.Parse(text, Pipeline);
        var reader = new BlockReader(text);
        reader.Walk(parsed, depth: 0);
        return ImportResult.Success(PrepDocumentParser.Parse(reader.Blocks, document.Name, document.Diagnostics));
    }

    private sealed class BlockReader(string source)
    {
        private readonly int[] _lineStarts = LineStarts(source);
        private int _previousEndLine;

        public List<DocumentBlock> Blocks { get; } = [];

        public void Walk(ContainerBlock container, int depth)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        Add(block, InlineText(heading.Inline), heading.Level, isListItem: false, mayHoldLabel: true);
                        break;
                    case ParagraphBlock paragraph:
                        AddParagraph(paragraph);
                        break;
                    case ListBlock list:
                        WalkList(list, depth);
                        break;
                    case ThematicBreakBlock:
                        break;
                    case LeafBlock leaf:
                        Add(block, leaf.Lines.Count > 0 ? leaf.Lines.ToString() : Slice(block), 0, isListItem: false, mayHoldLabel: false);
                        break;
                    case ContainerBlock inner:
                        Walk(inner, depth + 1);
                        break;
                    default:
                        Add(block, Slice(block), 0, isListItem: false, mayHoldLabel: false);
                        break;
                }
            }
        }

        private void WalkList(ListBlock list, int depth)
        {
            foreach (var child in list)
            {
                if (child is not ListItemBlock item)
                {
                    continue;
                }

                if (item.Count == 0)
                {
                    // An empty item ("1." alone on a line) still holds what the author typed.
                    Add(item, Slice(item), 0, isListItem: true, mayHoldLabel: false);
                    continue;
                }

                var first = true;
                var before = Blocks.Count;
                foreach (var part in item)
                {
                    if (first && part is ParagraphBlock paragraph)
                    {
                        first = false;
                        var text = InlineText(paragraph.Inline);

                        // "- **Situation:** …" is a STAR section written as a list, not a bullet point of one.
                        if (StartsWithStrong(paragraph.Inline) && StarLabels.TryFind(text, out _))
                        {
                            Add(paragraph, text, 0, isListItem: false, mayHoldLabel: true);
                            continue;
                        }

                        var bullet = list.IsOrdered ? (item.Order > 0 ? item.Order : 1) + "." : "-";
                        Add(paragraph, new string(' ', 2 * depth) + bullet + " " + text, 0, isListItem: true, mayHoldLabel: false);
                        continue;
                    }

                    first = false;
                    if (part is ListBlock nested)
                    {
                        WalkList(nested, depth + 1);
                    }
                    else if (part is ContainerBlock container)
                    {
                        Walk(container, depth + 1);
                    }
                    else
                    {
                        AddLoose(part, depth);
                    }
                }

                // An item whose content gave no text ("1) >", an empty quote) still holds its number.
                if (Blocks.Count == before)
                {
                    Add(item, Slice(item), 0, isListItem: true, mayHoldLabel: false);
                }
            }
        }

        /// <summary>
        /// Adds a paragraph, split where a line of it opens a STAR section: "**Situation:** …" and "**Task:** …" on
        /// consecutive lines, with no blank line between them, are sections of their own.
        /// </summary>
        private void AddParagraph(ParagraphBlock paragraph)
        {
            var text = InlineText(paragraph.Inline);
            var lines = text.Split('\n');
            var first = paragraph.Line + 1;
            var last = Math.Max(first, LineOf(paragraph.Span.End));
            if (lines.Length == 1 || lines.Length != last - first + 1)
            {
                Add(paragraph, text, 0, isListItem: false, mayHoldLabel: true);
                return;
            }

            var role = StarLabels.TryFind(lines[0], out var opening) ? opening.Role : StarRole.None;
            var pieceStart = 0;
            for (var i = 1; i <= lines.Length; i++)
            {
                var found = default(StarLabels.Found);
                if (i < lines.Length && !StarLabels.TryFind(lines[i], out found, role))
                {
                    continue;
                }

                var piece = string.Join('\n', lines[pieceStart..i]);
                if (!string.IsNullOrWhiteSpace(piece))
                {
                    AddAt(piece, first + pieceStart, first + i - 1, headingLevel: 0, isListItem: false, mayHoldLabel: true);
                }

                role = found.Role;
                pieceStart = i;
            }
        }

        private void AddLoose(Block part, int depth)
        {
            var text = part is ParagraphBlock p ? InlineText(p.Inline) : part is LeafBlock leaf ? leaf.Lines.ToString() : Slice(part);
            Add(part, new string(' ', 2 * (depth + 1)) + text, 0, isListItem: true, mayHoldLabel: false);
        }

        private void Add(Block block, string text, int headingLevel, bool isListItem, bool mayHoldLabel)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var start = block.Line + 1;
            AddAt(text, start, Math.Max(start, LineOf(block.Span.End)), headingLevel, isListItem, mayHoldLabel);
        }

        private void AddAt(string text, int start, int end, int headingLevel, bool isListItem, bool mayHoldLabel)
        {
            var blanks = Blocks.Count == 0 ? 0 : Math.Max(0, start - _previousEndLine - 1);
            Blocks.Add(new DocumentBlock(text, start, end, blanks, headingLevel, isListItem, mayHoldLabel));
            _previousEndLine = end;
        }

        private string Slice(Block block) =>
            block.Span.Start >= 0 && block.Span.End < source.Length && block.Span.End >= block.Span.Start
                ? source.Substring(block.Span.Start, block.Span.Length)
                : string.Empty;

        private int LineOf(int offset)
        {
            var index = Array.BinarySearch(_lineStarts, Math.Max(0, offset));
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    starts.Add(i + 1);
                }
            }

            return [.. starts];
        }

        private static bool StartsWithStrong(ContainerInline? inline) =>
            inline?.FirstChild is EmphasisInline { DelimiterCount: >= 2 };

        private static string InlineText(ContainerInline? inline)
        {
            if (inline is null)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            Render(inline, builder, 0);
            return builder.ToString();
        }

        private static void Render(Inline inline, StringBuilder builder, int depth)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlInline html:
                    builder.Append(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case LinkInline link:
                    var before = builder.Length;
                    RenderChildren(link, builder, depth);
                    var label = builder.ToString(before, builder.Length - before);
                    if (!string.IsNullOrEmpty(link.Url) && !string.Equals(label, link.Url, StringComparison.Ordinal))
                    {
                        builder.Append(" (").Append(link.Url).Append(')');
                    }

                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" or "*" stays a delimiter in the tree; it is text the author typed.
                    builder.Append(delimiter.ToLiteral());
                    RenderChildren(delimiter, builder, depth);
                    break;
                case ContainerInline container:
                    RenderChildren(container, builder, depth);
                    break;
            }
        }

        private static void RenderChildren(ContainerInline container, StringBuilder builder, int depth)
        {
            if (depth > MaxNesting)
            {
                return;
            }

            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Render(child, builder, depth + 1);
            }
        }
    }
}
