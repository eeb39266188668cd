using System.Buffers;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice.Recall;

/// <summary>A choice told in a story.</summary>
/// <param name="Chosen">What was chosen ("a simpler approach using Kafka Streams").</param>
/// <param name="Rejected">What was ruled out, when the story names it ("Spark Streaming").</param>
/// <param name="Phrase">The words that tell the choice, as written.</param>
/// <param name="Start">Index of the phrase in the sentence.</param>
/// <param name="Verb">How a choice without a named alternative was told: "decided to" or "went with"; null otherwise.</param>
internal sealed record StoryDecision(string Chosen, string? Rejected, string Phrase, int Start, string? Verb = null)
{
    /// <summary>The clause that tells the choice, from its subject to the chosen option ("I piloted it with the evening team first").</summary>
    public string Clause { get; init; } = Chosen;

    /// <summary>True for an order of priority ("put the ICU drip ahead of the vancomycin"): a judgement to explain.</summary>
    public bool IsPriority { get; init; }
}

/// <summary>
/// Finds choices in a sentence: "X instead of Y", "Instead of Y, X", "X rather than Y", "chose/preferred/prioritised X
/// over Y", and choices without a named alternative ("decided to X", "opted for X", "went with X").
/// </summary>
internal static class StoryDecisions
{
    private const int MaxWords = 8;

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(",.;:()!?—");

    private static readonly SearchValues<char> ClauseEnd = SearchValues.Create(".;:—");

    private const int MaxClauseWords = 25;

    private static readonly HashSet<string> PriorityVerbs = new(["put", "placed", "moved", "ranked", "took", "treated", "handled", "saw", "scheduled", "bumped"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ClauseOpeners = new(["and", "so", "but", "then", "because", "which", "while", "when", "that", "um", "uh"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Fillers = new(["you know", "like", "um", "uh", "i mean", "well", "basically"], StringComparer.Ordinal);

    private static readonly HashSet<string> ChoiceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "chose", "chosen", "choose", "picked", "preferred", "prioritized", "prioritised", "favored", "favoured", "selected", "opted",
    };

    private readonly record struct Word(string Lower, int Start, int End);

    public static StoryDecision? Find(string sentence)
    {
        var words = WordTokenizer.Spans(sentence).Select(s => new Word(sentence.Substring(s.Start, s.Length).ToLowerInvariant(), s.Start, s.Start + s.Length)).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var alternative = (words[i].Lower, words[i + 1].Lower) is ("instead", "of") or ("rather", "than");
            if (alternative)
            {
                var rejected = Phrase(sentence, words, i + 2, forward: true);

                // "instead of, you know, just buying more covers": the alternative follows the filler.
                if (rejected is { } said && Fillers.Contains(said.Text.ToLowerInvariant()))
                {
                    rejected = Phrase(sentence, words, said.Next, forward: true, skipBoundary: true);
                }

                if (rejected is null)
                {
                    continue;
                }

                if (rejected.Value.Text.StartsWith("just ", StringComparison.OrdinalIgnoreCase))
                {
                    rejected = rejected.Value with { Text = rejected.Value.Text[5..] };
                }

                // "Instead of Y, X" opens the sentence or follows a heading ("Selective Embedding: Instead of …").
                var opens = i == 0 || sentence.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).IndexOfAny(ClauseEnd) >= 0;
                var chosen = opens ? Phrase(sentence, words, rejected.Value.Next, forward: true, skipBoundary: true) : Phrase(sentence, words, i - 1, forward: false);
                if (chosen is null)
                {
                    continue;
                }

                var start = Math.Min(chosen.Value.Start, words[i].Start);
                var end = Math.Max(chosen.Value.End, rejected.Value.End);
                var clause = opens ? chosen.Value.Text : sentence[ClauseStart(sentence, words, i - 1)..chosen.Value.End];
                return new StoryDecision(WithoutChoiceVerb(chosen.Value.Text), rejected.Value.Text, sentence[start..end], start) { Clause = clause };
            }

            if (ChoiceVerbs.Contains(words[i].Lower))
            {
                var from = i + 1 < words.Count && words[i + 1].Lower is "for" or "to" ? i + 2 : i + 1;
                for (var over = from + 1; over < words.Count && over <= from + MaxWords; over++)
                {
                    if (Boundary(sentence, words[over - 1], words[over]))
                    {
                        break;
                    }

                    if (words[over].Lower == "over" && Phrase(sentence, words, over + 1, forward: true) is { } rejected
                        && !char.IsAsciiDigit(rejected.Text[0]))
                    {
                        var chosen = sentence[words[from].Start..words[over - 1].End];
                        var clause = sentence[ClauseStart(sentence, words, i)..words[over - 1].End];
                        return new StoryDecision(chosen, rejected.Text, sentence[words[i].Start..rejected.End], words[i].Start) { Clause = clause };
                    }
                }
            }
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            var from = (words[i].Lower, words[i + 1].Lower) switch
            {
                ("decided" or "decision" or "chose" or "opted", "to") => i + 2,
                ("opted", "for") or ("went", "with") => i + 2,
                _ => -1,
            };
            if (from > 0 && Phrase(sentence, words, from, forward: true, maxWords: MaxWords + 2) is { } chosen)
            {
                var verb = words[i + 1].Lower == "to" ? "decided to" : "went with";
                var clause = sentence[ClauseStart(sentence, words, i)..chosen.End];
                return new StoryDecision(chosen.Text, null, sentence[words[i].Start..chosen.End], words[i].Start, verb) { Clause = clause };
            }
        }

        return Priority(sentence, words);
    }

    // "I put the ICU drip ahead of the vancomycin": an order of priority, which an interviewer asks the reason for.
    private static StoryDecision? Priority(string sentence, List<Word> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (!PriorityVerbs.Contains(words[i].Lower))
            {
                continue;
            }

            for (var at = i + 2; at + 1 < words.Count && at <= i + 1 + MaxWords; at++)
            {
                if (Boundary(sentence, words[at - 1], words[at]))
                {
                    break;
                }

                if ((words[at].Lower, words[at + 1].Lower) is ("ahead", "of") && Phrase(sentence, words, at + 2, forward: true) is { } rejected)
                {
                    var chosen = sentence[words[i + 1].Start..words[at - 1].End];
                    var clause = sentence[ClauseStart(sentence, words, i)..words[at - 1].End];
                    return new StoryDecision(chosen, rejected.Text, sentence[words[i].Start..rejected.End], words[i].Start) { Clause = clause, IsPriority = true };
                }
            }
        }

        return null;
    }

    // Where the clause holding word <paramref name="at"/> starts: after the last punctuation before it, or after a
    // word that opens a new clause ("…, and I piloted it", "so I set…").
    private static int ClauseStart(string sentence, List<Word> words, int at)
    {
        var first = at;
        while (first > 0 && at - first < MaxClauseWords && !Boundary(sentence, words[first - 1], words[first]) && !ClauseOpeners.Contains(words[first - 1].Lower))
        {
            first--;
        }

        return words[first].Start;
    }

    // "chose to reuse the batch instead of …": the choice is "to reuse the batch", so a probe reads "You chose to reuse
    // the batch over …", not "You chose chose to reuse …".
    private static string WithoutChoiceVerb(string chosen)
    {
        var space = chosen.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return chosen;
        }

        var verb = chosen[..space];
        var isChoice = ChoiceVerbs.Contains(verb) || verb.Equals("decided", StringComparison.OrdinalIgnoreCase);
        return isChoice && chosen.AsSpan(space + 1).StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? chosen[(space + 1)..] : chosen;
    }

    /// <summary>Up to <paramref name="maxWords"/> words from <paramref name="at"/>, stopping at punctuation.</summary>
    private static (string Text, int Start, int End, int Next)? Phrase(string sentence, List<Word> words, int at, bool forward, bool skipBoundary = false, int maxWords = MaxWords)
    {
        if (at < 0 || at >= words.Count)
        {
            return null;
        }

        if (forward && skipBoundary)
        {
            // "Instead of Y, X": X starts after the punctuation that ends Y, and after a clause that describes Y
            // ("Instead of scaling the service, which was costly, we cached …").
            while (at < words.Count && (at == 0 || !Boundary(sentence, words[at - 1], words[at]) || words[at].Lower is "which" or "who" or "that"))
            {
                at++;
            }

            if (at >= words.Count)
            {
                return null;
            }
        }

        var first = at;
        var last = at;
        if (forward)
        {
            while (last + 1 < words.Count && last - first + 1 < maxWords && !Boundary(sentence, words[last], words[last + 1]))
            {
                last++;
            }
        }
        else
        {
            while (first - 1 >= 0 && last - first + 1 < maxWords && !Boundary(sentence, words[first - 1], words[first]))
            {
                first--;
            }
        }

        return (sentence[words[first].Start..words[last].End], words[first].Start, words[last].End, last + 1);
    }

    private static bool Boundary(string sentence, Word a, Word b) => sentence.AsSpan(a.End, b.Start - a.End).IndexOfAny(Punctuation) >= 0;
}
