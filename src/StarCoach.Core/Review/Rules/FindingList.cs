using System.Collections.Immutable;
using System.Text;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>Collects the findings of one review and turns spans into excerpts of the answer text.</summary>
internal sealed class FindingList(AnswerAnalysis analysis)
{
    private readonly List<Finding> _findings = [];

    /// <summary>
    /// Reports <paramref name="rule"/> at the characters [start, start + length) of the answer, and at the places in
    /// <paramref name="also"/> its message counts (at most <see cref="Finding.MaxPlaces"/> are kept).
    /// </summary>
    public void Add(ReviewRule rule, int start, int length, string? message = null, FindingSeverity? severity = null, IEnumerable<FindingPlace>? also = null)
    {
        var text = analysis.Text;
        start = Math.Clamp(start, 0, text.Length);
        length = Math.Clamp(length, 0, text.Length - start);
        var places = also is null ? [] : also.Select(p => Clamp(p, text.Length)).Where(p => p.Start != start).Take(Finding.MaxPlaces).ToImmutableArray();
        _findings.Add(new Finding(rule.Id, severity ?? rule.Severity, message ?? rule.Message, rule.Hint, start, length, Excerpt(text, start, length)) { Also = places });
    }

    private static FindingPlace Clamp(FindingPlace place, int length)
    {
        var start = Math.Clamp(place.Start, 0, length);
        return new FindingPlace(start, Math.Clamp(place.Length, 0, length - start));
    }

    /// <summary>Reports <paramref name="rule"/> on a whole sentence.</summary>
    public void Add(ReviewRule rule, in Sentence sentence, string? message = null) =>
        Add(rule, sentence.Start, sentence.End - sentence.Start, message);

    /// <summary>Reports <paramref name="rule"/> on the tokens [first, first + count), and on the runs of tokens in <paramref name="also"/>.</summary>
    public void AddTokens(ReviewRule rule, int first, int count, string? message = null, IEnumerable<(int First, int Count)>? also = null)
    {
        var place = Place(first, count);
        Add(rule, place.Start, place.Length, message, also: also?.Select(run => Place(run.First, run.Count)));
    }

    private FindingPlace Place(int first, int count)
    {
        var tokens = analysis.Tokens;
        return new FindingPlace(tokens[first].Start, tokens[first + count - 1].End - tokens[first].Start);
    }

    /// <summary>The findings in a fixed order: by position, then rule id, then length.</summary>
    public ImmutableArray<Finding> ToImmutable() =>
    [
        .. _findings
            .OrderBy(f => f.Start)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Length),
    ];

    /// <summary>The text at a span with runs of whitespace folded to one space, shortened with "…".</summary>
    public static string Excerpt(string text, int start, int length)
    {
        var limit = Finding.MaxExcerptChars;
        var builder = new StringBuilder(Math.Min(length, limit + 1));
        var space = false;
        for (var i = start; i < start + length && builder.Length <= limit; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(text[i]);
        }

        if (builder.Length > limit)
        {
            builder.Length = char.IsHighSurrogate(builder[limit - 2]) ? limit - 2 : limit - 1;
            builder.Append('…');
        }

        return builder.ToString();
    }
}
