using System.Text;

namespace StarCoach.Core.Import.Outline;

/// <summary>Joins blocks back into text, keeping the blank lines that separated them.</summary>
internal static class BlockText
{
    public static string Join(IReadOnlyList<DocumentBlock> blocks, int firstBlockOffset = 0)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = i == 0 ? blocks[i].Text[Math.Min(firstBlockOffset, blocks[i].Text.Length)..] : blocks[i].Text;
            if (i > 0)
            {
                builder.Append('\n');
                for (var b = 0; b < Math.Min(blocks[i].BlankLinesBefore, 2); b++)
                {
                    builder.Append('\n');
                }
            }

            builder.Append(text.TrimEnd());
        }

        return Trim(builder.ToString());
    }

    /// <summary>Trims surrounding blank lines and trailing spaces, but keeps the indentation of the first line's bullets.</summary>
    private static string Trim(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == '\n')
        {
            start++;
        }

        return text[start..].TrimEnd();
    }
}
