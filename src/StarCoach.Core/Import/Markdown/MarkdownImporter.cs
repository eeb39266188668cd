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
    public ImportResult Import(SourceDocument document) =>
        ((IBlockReader)this).ReadBlocks(document, out var error) is { } blocks
            ? ImportResult.Success(PrepDocumentParser.Parse(blocks, document.Name, document.Diagnostics, document.Corrections))
            : ImportResult.Failure($"{document.Name}: {error}");

    List<DocumentBlock>? IBlockReader.ReadBlocks(SourceDocument document, out string error)
    {
        error = string.Empty;
        if (NestingGuard.TooDeep(document.Text, MaxNesting, out var line))
        {
            error = TooDeep($"at line {line}; flatten the quotes or lists there");
            return null;
        }

        if (HtmlGuard.Problem(document.Text) is { } htmlProblem)
        {
            error = htmlProblem;
            return null;
        }

        try
        {
            return ReadBlocks(document.Text);
        }
        catch (ArgumentException e) when (e.Source == "Markdig")
        {
            // Markdig's own depth limit, for a nesting the guard above did not foresee.
            error = TooDeep("somewhere; flatten its deepest quotes or lists");
            return null;
        }
    }

    private static string TooDeep(string where) => $"Markdown nested more than {MaxNesting} levels deep {where} and import again.";

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
