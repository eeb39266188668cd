using System.Text;
using Markdig.Syntax.Inlines;

namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Turns a paragraph's inlines into the text a reader sees: emphasis marks dropped, link targets kept after their
/// text, <c>&lt;br&gt;</c> as a line break, other inline HTML tags moved out of the text into <see cref="Rendered.Markup"/>
/// (so no word is lost). Where dropping marks would glue two words together ("**数字**或" in Chinese, "un**real**"),
/// a zero-width space keeps them apart without changing what the text looks like.
/// </summary>
internal static class InlineRenderer
{
    /// <summary>Zero-width space: separates words that only markup separated.</summary>
    public const char WordJoinGuard = '\u200B';

    /// <summary>The rendered text, whether all of it (but punctuation) is bold, and the markup taken out.</summary>
    public readonly record struct Rendered(string Text, bool AllStrong, bool StartsStrong, string? Markup);

    /// <summary>Renders <paramref name="inline"/>; <paramref name="source"/> is the Markdown it was parsed from.</summary>
    public static Rendered Render(ContainerInline? inline, int maxNesting, string source)
    {
        if (inline is null)
        {
            return new Rendered(string.Empty, false, false, null);
        }

        var state = new State(maxNesting, source);
        state.RenderChildren(inline, 0, strong: false);
        return new Rendered(state.Text.ToString(), state.SawText && !state.SawPlainText, state.FirstTextStrong, state.Markup.Length > 0 ? state.Markup.ToString() : null);
    }

    private sealed class State(int maxNesting, string source)
    {
        private int _htmlStrong;

        public StringBuilder Text { get; } = new();

        public StringBuilder Markup { get; } = new();

        public bool SawText { get; private set; }

        public bool SawPlainText { get; private set; }

        public bool FirstTextStrong { get; private set; }

        public void RenderChildren(ContainerInline container, int depth, bool strong)
        {
            if (depth > maxNesting)
            {
                return;
            }

            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Render(child, depth + 1, strong);
            }
        }

        private void Render(Inline inline, int depth, bool strong)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendText(literal.Content.ToString(), strong);
                    break;
                case CodeInline code:
                    // "` A `": the spaces CommonMark strips inside a code span still part it from the words around it.
                    var padded = IsPadded(code);
                    if (padded)
                    {
                        Text.Append(' ');
                    }
                    else
                    {
                        GuardJoin();
                    }

                    AppendText(code.Content, strong);
                    if (padded)
                    {
                        Text.Append(' ');
                    }
                    else
                    {
                        _guardNext = true;
                    }

                    break;
                case LineBreakInline:
                    // "<br>" at the end of a source line already broke it.
                    if (!_brokeByTag)
                    {
                        Text.Append('\n');
                    }

                    _brokeByTag = false;
                    break;
                case AutolinkInline autolink:
                    AppendText(autolink.Url, strong);
                    break;
                case HtmlInline html:
                    RenderHtml(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    // "&amp;" shows as "&"; the reference as written is kept with the markup.
                    AppendText(entity.Transcoded.ToString(), strong);
                    AddMarkup(entity.Original.ToString());
                    break;
                case LinkInline link:
                    var before = Text.Length;
                    RenderChildren(link, depth, strong);
                    var label = Text.ToString(before, Text.Length - before);
                    if (!string.IsNullOrEmpty(link.Url) && !string.Equals(label, link.Url, StringComparison.Ordinal))
                    {
                        Text.Append(" (").Append(link.Url).Append(')');
                    }
                    else if (!string.IsNullOrEmpty(link.Url))
                    {
                        // "[dbre.md](dbre.md)": the target is written twice; the text shows it once, the markup keeps the other.
                        AddMarkup("(" + link.Url + ")");
                    }

                    // "[here][questions-to-ask]": the label names the link's definition; the text shows only "here".
                    if (!string.IsNullOrEmpty(link.Label) && !string.Equals(link.Label, label, StringComparison.OrdinalIgnoreCase))
                    {
                        AddMarkup("[" + link.Label + "]");
                    }

                    break;
                case EmphasisInline emphasis:
                    GuardJoin();
                    RenderChildren(emphasis, depth, strong || emphasis.DelimiterCount >= 2);
                    _guardNext = true;
                    break;
                case DelimiterInline delimiter:
                    // An unmatched "[" or "*" stays a delimiter in the tree; it is text the author typed.
                    AppendText(delimiter.ToLiteral(), strong);
                    RenderChildren(delimiter, depth, strong);
                    break;
                case ContainerInline container:
                    RenderChildren(container, depth, strong);
                    break;
            }
        }

        private bool _guardNext;

        private bool _brokeByTag;

        private void AppendText(string text, bool strong)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (_guardNext)
            {
                _guardNext = false;
                if (Text.Length > 0 && char.IsLetterOrDigit(Text[^1]) && char.IsLetterOrDigit(text[0]))
                {
                    Text.Append(WordJoinGuard);
                }
            }

            Text.Append(text);
            _brokeByTag = false;
            if (text.Any(char.IsLetterOrDigit))
            {
                var isStrong = strong || _htmlStrong > 0;
                if (!SawText)
                {
                    FirstTextStrong = isStrong;
                }

                SawText = true;
                SawPlainText |= !isStrong;
            }
        }

        /// <summary>Before emphasised text: a letter right before it would glue onto its first letter.</summary>
        private void GuardJoin() => _guardNext = true;

        // CommonMark strips one space (or line end) from each side of "` A `"; the source still has it.
        private bool IsPadded(CodeInline code)
        {
            var open = code.Span.Start + code.DelimiterCount;
            var close = code.Span.End - code.DelimiterCount;
            return code.Span.Start >= 0 && close < source.Length && open < close
                && char.IsWhiteSpace(source[open]) && char.IsWhiteSpace(source[close]);
        }

        private void RenderHtml(string tag)
        {
            var name = TagName(tag, out var closing);
            if (name is "br")
            {
                Text.Append('\n');
                _brokeByTag = true;
            }
            else if (name is "b" or "strong")
            {
                _htmlStrong = Math.Max(0, _htmlStrong + (closing ? -1 : 1));
                _guardNext = true;
            }

            AddMarkup(tag);
        }

        private void AddMarkup(string markup)
        {
            if (Markup.Length > 0)
            {
                Markup.Append(' ');
            }

            Markup.Append(markup);
        }

        private static string TagName(string tag, out bool closing)
        {
            var start = 1;
            closing = tag.Length > 1 && tag[1] == '/';
            if (closing)
            {
                start = 2;
            }

            var end = start;
            while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
            {
                end++;
            }

            return tag[start..end].ToLowerInvariant();
        }
    }
}
