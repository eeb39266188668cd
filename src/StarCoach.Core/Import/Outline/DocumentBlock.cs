namespace StarCoach.Core.Import.Outline;

/// <summary>
/// One unit of a prep document as the format reader sees it: a line of a text file, or a heading,
/// paragraph or list item of a Markdown or Word document, with its text as written.
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
    public string Trimmed { get; } = Text.Trim();

    public bool IsExplicitHeading => HeadingLevel > 0;
}
