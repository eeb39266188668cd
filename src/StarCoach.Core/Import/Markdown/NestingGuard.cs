namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Measures how deeply a Markdown document nests block quotes and lists before Markdig sees it, so a
/// hostile document (thousands of "&gt;" or indented bullets) is refused instead of exhausting the stack.
/// </summary>
internal static class NestingGuard
{
    public static bool TooDeep(string text, int maxDepth, out int line)
    {
        line = 1;
        var lineStart = true;
        var depth = 0;
        var brackets = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = true;
                depth = 0;
                continue;
            }

            if (lineStart)
            {
                if (c == '>' )
                {
                    depth++;
                }
                else if (c is ' ' or '\t')
                {
                    // Each four columns of indentation can open one more list level.
                    depth += c == '\t' ? 1 : 0;
                    if (c == ' ' && i + 3 < text.Length && text[i + 1] == ' ' && text[i + 2] == ' ' && text[i + 3] == ' ')
                    {
                        depth++;
                        i += 3;
                    }
                }
                else
                {
                    lineStart = false;
                }

                if (depth > maxDepth)
                {
                    return true;
                }
            }

            // Unclosed link brackets and emphasis runs nest inline parsers; a long run of them is hostile.
            if (c == '[')
            {
                brackets++;
                if (brackets > maxDepth * 4)
                {
                    return true;
                }
            }
            else if (c == ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
        }

        return false;
    }
}
