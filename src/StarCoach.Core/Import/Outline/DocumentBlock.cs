using System.Collections.Immutable;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// One unit of a prep document as the format reader sees it: a line of a text file, or a heading,
/// paragraph, list item, table row or quoted paragraph of a Markdown, HTML or Word document, with its text as written.
/// </summary>
/// <param name="Text">The block's text as written (plain text, markup removed for rich formats).</param>
/// <param name="StartLine">First 1-based source line.</param>
/// <param name="EndLine">Last 1-based source line.</param>
/// <param name="BlankLinesBefore">Blank lines between this block and the one before it.</param>
/// <param name="HeadingLevel">1–6 for an explicit heading (Markdown, Word styles); 0 when the format has none.</param>
/// <param name="IsListItem">True for a bullet or numbered item.</param>
/// <param name="MayHoldLabel">False where a leading "Word:" is a point of a list, not a STAR label.</param>
internal sealed record DocumentBlock(
    string Text,
    int StartLine,
    int EndLine,
    int BlankLinesBefore,
    int HeadingLevel,
    bool IsListItem,
    bool MayHoldLabel)
{
    private readonly string _text = Text;
    private readonly string _trimmed = Text.Trim();

    /// <summary>The block's text as written (plain text, markup removed for rich formats).</summary>
    public string Text
    {
        get => _text;
        init
        {
            _text = value;
            _trimmed = value.Trim();
        }
    }

    /// <summary>The text without surrounding white space (kept in step with <see cref="Text"/>, also after <c>with</c>).</summary>
    public string Trimmed => _trimmed;

    public bool IsExplicitHeading => HeadingLevel > 0;

    /// <summary>What the reader saw: text, a table row, a code fence's line, front matter, raw markup.</summary>
    public BlockKind Kind { get; init; }

    /// <summary>The whole block is set in bold (<c>**…**</c>, <c>&lt;b&gt;</c>, bold runs in Word): a heading in all but name.</summary>
    public bool IsEmphasized { get; init; }

    /// <summary>Inside a block quote.</summary>
    public bool IsQuote { get; init; }

    /// <summary>The title of an HTML collapsible (<c>&lt;summary&gt;</c> of a <c>&lt;details&gt;</c>).</summary>
    public bool IsSummary { get; init; }

    /// <summary>Which HTML collapsible (<c>&lt;details&gt;</c>) the block is inside, counted from 1; 0 outside any.</summary>
    public int Collapsible { get; init; }

    /// <summary>Which code fence the block's line is in, counted from 1; 0 outside any.</summary>
    public int Fence { get; init; }

    /// <summary>The cells of a table row, markup removed.</summary>
    public ImmutableArray<string> Cells { get; init; } = [];

    /// <summary>True for the header row of a table.</summary>
    public bool IsTableHeader { get; init; }

    /// <summary>
    /// Source markup the reader took out of <see cref="Text"/> (HTML tags with their attributes, a code fence's info
    /// string), kept so that no word of the source is lost.
    /// </summary>
    public string? Markup { get; init; }

    /// <summary>Columns of leading white space before the block's text.</summary>
    public int Indent => Text.Length - Text.AsSpan().TrimStart().Length;
}

/// <summary>What a format reader saw a block as.</summary>
internal enum BlockKind
{
    /// <summary>A paragraph, a line, a heading or a list item.</summary>
    Text,

    /// <summary>A row of a table (<see cref="DocumentBlock.Cells"/>).</summary>
    TableRow,

    /// <summary>A line of a code fence whose content is code or a sample, not the candidate's prose.</summary>
    Code,

    /// <summary>YAML or MDX front matter, import lines and components: page set-up, not prep text.</summary>
    PageSetup,

    /// <summary>Raw markup the reader could not read as text (an HTML comment, a script, a component).</summary>
    Markup,
}
