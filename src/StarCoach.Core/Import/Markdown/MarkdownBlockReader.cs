using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StarCoach.Core.Import.Html;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Import.PlainText;

namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Walks Markdig's syntax tree into <see cref="DocumentBlock"/>s with their source lines: headings with their level,
/// paragraphs, list items (with their bullet or number and indentation), block quotes, table rows with their cells,
/// the lines of a code fence whose content is prose (its info string kept), HTML blocks read by
/// <see cref="HtmlBlockReader"/>, front matter as page set-up.
/// </summary>
internal sealed class MarkdownBlockReader(string source, int maxNesting)
{
    // Fences whose content is notes rather than code: read line by line like a text file.
    private static readonly HashSet<string> ProseFences = new(StringComparer.OrdinalIgnoreCase)
    {
        string.Empty, "text", "txt", "plain", "plaintext", "note", "notes", "markdown", "md", "star", "none",
    };

    private readonly int[] _lineStarts = LineStarts(source);
    private readonly Stack<int> _openCollapsibles = new();
    private int _collapsibles;
    private int _fences;
    private int _previousEndLine;

    /// <summary>Where a block sits: how deep in lists, and whether inside a block quote.</summary>
    public readonly record struct Context(int ListDepth, bool InQuote);

    public List<DocumentBlock> Blocks { get; } = [];

    public void Walk(IEnumerable<Block> blocks, Context context)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    AddRaw(frontMatter, BlockKind.PageSetup, context);
                    break;
                case HeadingBlock heading:
                    var rendered = InlineRenderer.Render(heading.Inline, maxNesting, source);
                    Add(block, rendered.Text, context, heading.Level, isListItem: false, mayHoldLabel: true, rendered.AllStrong, rendered.Markup);
                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph, context);
                    break;
                case ListBlock list:
                    WalkList(list, context);
                    break;
                case QuoteBlock quote:
                    Walk(quote, context with { InQuote = true });
                    break;
                case Table table:
                    AddTable(table, context);
                    break;
                case FencedCodeBlock fence:
                    AddFence(fence, context);
                    break;
                case HtmlBlock html:
                    AddHtml(html, context);
                    break;
                case ThematicBreakBlock rule:
                    // A rule ("---") separates like a blank line, no more: it is not two blank lines between answers.
                    _previousEndLine = Math.Max(_previousEndLine, rule.Line + 1);
                    break;
                case LeafBlock leaf:
                    var raw = leaf.Lines.Count > 0 ? leaf.Lines.ToString() : Slice(block);
                    Add(block, raw, context, 0, isListItem: false, mayHoldLabel: false, emphasized: false, markup: null, kind: leaf is CodeBlock ? BlockKind.Code : BlockKind.Markup);
                    break;
                case ContainerBlock inner:
                    Walk(inner, context);
                    break;
                default:
                    AddRaw(block, BlockKind.Markup, context);
                    break;
            }
        }
    }

    private void WalkList(ListBlock list, Context context)
    {
        // "- Situation: …", "- T: …": when two items of a list open with a STAR label, the list is a labelled story.
        var labelledItems = list.OfType<ListItemBlock>().Count(item => item.FirstOrDefault() is ParagraphBlock p && OpensWithLabel(p));
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                continue;
            }

            if (item.Count == 0)
            {
                // An empty item ("1." alone on a line) still holds what the author typed.
                Add(item, Slice(item), context, 0, isListItem: true, mayHoldLabel: false, emphasized: false, markup: null);
                continue;
            }

            var bullet = list.IsOrdered ? (item.Order > 0 ? item.Order : 1) + (list.OrderedDelimiter == ')' ? ")" : ".") : "-";
            if (list.IsOrdered && item[0] is not ParagraphBlock)
            {
                // "1. > quoted", "1) - nested": the number opens no text of its own, but the author typed it.
                Add(item, bullet, context, 0, isListItem: true, mayHoldLabel: false, emphasized: false, markup: null, BlockKind.Markup);
            }

            var first = true;
            var before = Blocks.Count;
            foreach (var part in item)
            {
                if (first && part is ParagraphBlock paragraph)
                {
                    first = false;
                    var rendered = InlineRenderer.Render(paragraph.Inline, maxNesting, source);
                    var text = rendered.Text;

                    // "- **Situation:** …" is a STAR section written as a list, not a bullet point of one.
                    if (StarLabels.TryFind(text, out var label, StarRole.Situation) && (labelledItems >= 2 || (rendered.StartsStrong && label.Label.Length > 1)))
                    {
                        Add(paragraph, text, context, 0, isListItem: false, mayHoldLabel: true, emphasized: false, rendered.Markup);
                        continue;
                    }

                    Add(paragraph, new string(' ', 2 * context.ListDepth) + bullet + " " + text, context, 0, isListItem: true, mayHoldLabel: false, rendered.AllStrong, rendered.Markup);
                    continue;
                }

                first = false;
                var inner = context with { ListDepth = context.ListDepth + 1 };
                switch (part)
                {
                    case ListBlock nested:
                        WalkList(nested, inner);
                        break;
                    case ParagraphBlock loose:
                        var looseText = InlineRenderer.Render(loose.Inline, maxNesting, source);
                        Add(loose, new string(' ', 2 * inner.ListDepth) + looseText.Text, inner, 0, isListItem: true, mayHoldLabel: false, looseText.AllStrong, looseText.Markup);
                        break;
                    case ContainerBlock container:
                        Walk(container, inner);
                        break;
                    default:
                        Walk([part], inner);
                        break;
                }
            }

            // An item whose content gave no text ("1) >", an empty quote) still holds its number.
            if (Blocks.Count == before)
            {
                Add(item, Slice(item), context, 0, isListItem: true, mayHoldLabel: false, emphasized: false, markup: null);
            }
        }
    }

    private bool OpensWithLabel(ParagraphBlock paragraph) =>
        StarLabels.TryFind(InlineRenderer.Render(paragraph.Inline, maxNesting, source).Text, out _, StarRole.Situation);

    private void AddParagraph(ParagraphBlock paragraph, Context context)
    {
        var rendered = InlineRenderer.Render(paragraph.Inline, maxNesting, source);
        if (IsImageOnly(paragraph))
        {
            // "![Feedback screenshot](images/feedback.png)": a picture, not a line of the story; its words are kept as markup.
            Add(paragraph, string.Join(' ', rendered.Text, rendered.Markup).Trim(), context, 0, isListItem: false, mayHoldLabel: false, emphasized: false, markup: null, BlockKind.Markup);
            return;
        }

        // ".\tConte sobre…": a word processor's list pasted into Markdown is still a list.
        Add(paragraph, rendered.Text, context, 0, isListItem: ListMarker.IsPastedBullet(rendered.Text), mayHoldLabel: true, rendered.AllStrong, rendered.Markup);
    }

    private static bool IsImageOnly(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && inline.Any(child => child is LinkInline { IsImage: true })
        && inline.All(child => child is LinkInline { IsImage: true } or LineBreakInline || (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()));

    private void AddTable(Table table, Context context)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var rendered = row.OfType<TableCell>()
                .Select(cell => cell.OfType<ParagraphBlock>().Select(p => InlineRenderer.Render(p.Inline, maxNesting, source)).ToList())
                .ToList();
            var cells = rendered.Select(parts => string.Join(' ', parts.Select(p => p.Text)).Trim()).ToImmutableArray();
            var markup = string.Join(' ', rendered.SelectMany(parts => parts).Select(p => p.Markup).Where(m => m is not null));
            var text = string.Join(" | ", cells);
            if (text.Replace("|", string.Empty, StringComparison.Ordinal).Trim().Length == 0)
            {
                continue;
            }

            var line = row.Line + 1;
            AddAt(new DocumentBlock(text, line, line, Blanks(line), 0, false, MayHoldLabel: false)
            {
                Kind = BlockKind.TableRow,
                Cells = cells,
                IsTableHeader = row.IsHeader,
                IsQuote = context.InQuote,
                Collapsible = Collapsible,
                Markup = markup.Length > 0 ? markup : null,
            });
        }
    }

    /// <summary>A prose fence ("```" or "```text") is read line by line like a text file; a code fence stays one block.</summary>
    private void AddFence(FencedCodeBlock fence, Context context)
    {
        var info = ((fence.Info ?? string.Empty) + " " + (fence.Arguments ?? string.Empty)).Trim();
        var fenceMarkup = new string(fence.FencedChar, Math.Max(3, fence.OpeningFencedCharCount)) + info;
        var lines = new List<string>();
        for (var i = 0; i < fence.Lines.Count; i++)
        {
            lines.Add(fence.Lines.Lines[i].ToString());
        }

        var firstContentLine = fence.Line + 2;
        if (!ProseFences.Contains(fence.Info ?? string.Empty) || lines.TrueForAll(string.IsNullOrWhiteSpace))
        {
            var code = string.Join('\n', lines);
            Add(fence, code.Length > 0 ? code : fenceMarkup, context, 0, isListItem: false, mayHoldLabel: false, emphasized: false,
                code.Length > 0 ? fenceMarkup : null, BlockKind.Code);
            return;
        }

        _fences++;
        var first = true;
        foreach (var block in PlainTextImporter.ToBlocks(lines))
        {
            var start = firstContentLine + block.StartLine - 1;
            AddAt(block with
            {
                StartLine = start,
                EndLine = start + (block.EndLine - block.StartLine),
                BlankLinesBefore = first ? Blanks(fence.Line + 1) : block.BlankLinesBefore,
                Fence = _fences,
                IsQuote = context.InQuote,
                Collapsible = Collapsible,
                Markup = first && info.Length > 0 ? fenceMarkup : null,
            });
            first = false;
        }
    }

    private void AddHtml(HtmlBlock html, Context context)
    {
        var raw = html.Lines.Count > 0 ? html.Lines.ToString() : Slice(html);
        var pieces = HtmlBlockReader.Read(raw, _openCollapsibles, ref _collapsibles, maxNesting);
        var start = html.Line + 1;
        var end = Math.Max(start, LineOf(html.Span.End));
        var cursor = 0;
        foreach (var piece in pieces)
        {
            // The piece's line is where its first words stand in the raw HTML (text after a closing tag has no
            // element of its own to give a line); failing that, the line of the element that opened it.
            var line = Math.Min(end, start + (LineInRaw(raw, piece.Text, ref cursor) ?? piece.Line));
            if (piece.Text.Length == 0)
            {
                // Only tags (a component, a closing </details>): kept as markup, so its words stay in the bank.
                AddAt(new DocumentBlock(piece.Markup ?? string.Empty, line, line, Blanks(line), 0, false, false) { Kind = BlockKind.Markup, Collapsible = piece.Collapsible, IsQuote = context.InQuote });
                continue;
            }

            var lineCount = piece.Text.Count(c => c == '\n');
            AddAt(new DocumentBlock(piece.Text, line, Math.Min(end, line + lineCount), Blanks(line), piece.HeadingLevel, piece.IsListItem, MayHoldLabel: piece.Cells is null)
            {
                Kind = piece.Cells is null ? BlockKind.Text : BlockKind.TableRow,
                Cells = piece.Cells is null ? [] : [.. piece.Cells],
                IsTableHeader = piece.IsHeaderRow,
                IsEmphasized = piece.IsStrong,
                IsSummary = piece.IsSummary,
                IsQuote = context.InQuote || piece.IsQuote,
                Collapsible = piece.Collapsible,
                Markup = piece.Markup,
            });
        }
    }

    private static int? LineInRaw(string raw, string text, ref int cursor)
    {
        // The first run of letters, digits and spaces: markup may stand anywhere after it ("<b>Result:</b> Late").
        var words = text.TrimStart('-', ' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ')');
        var length = 0;
        while (length < words.Length && length < 24 && (char.IsLetterOrDigit(words[length]) || words[length] == ' '))
        {
            length++;
        }

        var probe = words[..length];
        if (probe.Trim().Length < 3)
        {
            return null;
        }

        var at = raw.IndexOf(probe, cursor, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        cursor = at + probe.Length;
        return raw.AsSpan(0, at).Count('\n');
    }

    private int Collapsible => _openCollapsibles.Count > 0 ? _openCollapsibles.Peek() : 0;

    private void AddRaw(Block block, BlockKind kind, Context context) =>
        Add(block, Slice(block), context, 0, isListItem: false, mayHoldLabel: false, emphasized: false, markup: null, kind);

    private void Add(Block block, string text, Context context, int headingLevel, bool isListItem, bool mayHoldLabel, bool emphasized, string? markup, BlockKind kind = BlockKind.Text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (markup is not null)
            {
                text = markup;
                markup = null;
                kind = BlockKind.Markup;
            }
            else
            {
                return;
            }
        }

        var start = block.Line + 1;
        AddAt(new DocumentBlock(text, start, Math.Max(start, LineOf(block.Span.End)), Blanks(start), headingLevel, isListItem, mayHoldLabel)
        {
            Kind = kind,
            IsEmphasized = emphasized,
            IsQuote = context.InQuote,
            Collapsible = Collapsible,
            Markup = markup,
        });
    }

    private int Blanks(int start) => Blocks.Count == 0 ? 0 : Math.Max(0, start - _previousEndLine - 1);

    private void AddAt(DocumentBlock block)
    {
        Blocks.Add(block);
        _previousEndLine = Math.Max(_previousEndLine, block.EndLine);
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
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
