using StarCoach.Core.Text;

namespace StarCoach.Core.Review.Analysis;

/// <summary>Tokens and cue hits of a short text read as one sentence: a question or one of its parts.</summary>
internal sealed class TextScan
{
    private TextScan(string text, Token[] tokens, CueHit[] hits)
    {
        Text = text;
        Tokens = tokens;
        Hits = hits;
        foreach (var hit in hits)
        {
            Cues |= hit.Cues;
        }
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public CueHit[] Hits { get; }

    /// <summary>Every cue kind found anywhere in the text.</summary>
    public Cue Cues { get; }

    public static TextScan Of(string text, CueLexicon lexicon)
    {
        var tokens = new List<Token>();
        Span<char> buffer = stackalloc char[CueLexicon.MaxWordChars];
        foreach (var span in WordTokenizer.Spans(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            var id = lexicon.WordId(word, buffer, out var hash);
            tokens.Add(new Token(lexicon.CuesOf(id), span.Start, span.Length, id, TokenShapes.Of(word), 0, hash));
        }

        var array = tokens.ToArray();
        var hits = new List<CueHit>();
        lexicon.Match(text, array, hits);
        return new TextScan(text, array, [.. hits]);
    }

    /// <summary>True when the text holds the same word sequence as <paramref name="phrase"/> in <paramref name="source"/> (case-insensitive).</summary>
    public bool ContainsWords(string source, ReadOnlySpan<Token> phrase)
    {
        for (var start = 0; start + phrase.Length <= Tokens.Length; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                var mine = Tokens[start + k];
                var theirs = phrase[k];
                all = mine.WordId >= 0 ? mine.WordId == theirs.WordId
                    : Text.AsSpan(mine.Start, mine.Length).Equals(source.AsSpan(theirs.Start, theirs.Length), StringComparison.OrdinalIgnoreCase);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
