using Markdig;
using StarCoach.Core.Import.Html;
using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Reads Markdown prep documents with Markdig (HTML blocks inside them with AngleSharp) into blocks: headings,
/// paragraphs, list items, block quotes, table rows, the lines of code fences, collapsibles; the shared outline
/// parser then finds the questions, answers and STAR sections in them.
/// </summary>
public sealed class MarkdownImporter : IBankImporter, IBlockReader
{
    /// <summary>Deepest block or inline nesting accepted; deeper documents are refused rather than risk the stack.</summary>
    public const int MaxNesting = 64;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .Build();

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Markdown;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        if (NestingGuard.TooDeep(document.Text, MaxNesting, out var line))
        {
            return ImportResult.Failure($"{document.Name}: Markdown nested more than {MaxNesting} levels deep at line {line}; flatten the quotes or lists there and import again.");
        }

        if (HtmlGuard.Problem(document.Text) is { } htmlProblem)
        {
            return ImportResult.Failure($"{document.Name}: {htmlProblem}");
        }

        return ImportResult.Success(PrepDocumentParser.Parse(ReadBlocks(document.Text), document.Name, document.Diagnostics, document.Corrections));
    }

    List<DocumentBlock>? IBlockReader.ReadBlocks(SourceDocument document, out string error)
    {
        error = string.Empty;
        if (NestingGuard.TooDeep(document.Text, MaxNesting, out _) || HtmlGuard.Problem(document.Text) is not null)
        {
            error = "is nested too deeply to read";
            return null;
        }

        return ReadBlocks(document.Text);
    }

    /// <summary>The blocks of a Markdown text (already checked against the nesting and markup limits).</summary>
    internal static List<DocumentBlock> ReadBlocks(string markdown)
    {
        // Old Mac line endings (a lone CR) count as line breaks everywhere else in StarCoach; Markdig would
        // drop them inside code spans, so they become LF first. Line numbers stay the same.
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var parsed = Markdig.Markdown.Parse(text, Pipeline);
        var reader = new MarkdownBlockReader(text, MaxNesting);
        reader.Walk(parsed, new MarkdownBlockReader.Context(0, false));
        return reader.Blocks;
    }
}
