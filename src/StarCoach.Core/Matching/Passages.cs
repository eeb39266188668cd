using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Cuts an answer into overlapping passages of a few sentences for embedding. The model reads about 250 word
/// pieces, and a whole story blurs into "a project at work"; a passage keeps one step of the story sharp.
/// </summary>
internal static class Passages
{
    public const int SentencesPerPassage = 3;
    public const int Stride = 2;
    public const int MaxWords = 120;

    // Sentences shorter than this ("Result:", "Action: Here's what I did:") add nothing on their own.
    private const int MinWords = 4;

    /// <summary>A passage: its text and the sentences (as spans of the answer text) it is made of.</summary>
    public sealed record Passage(string Text, IReadOnlyList<SentenceSplitter.SentenceSpan> Sentences);

    /// <summary>
    /// An answer's passages without their texts: the sentences they use, each once, and each passage as a run of
    /// them (<see cref="Run.Count"/> 0: the whole answer, trimmed, for an answer with no sentence long enough).
    /// What an index keeps, since passages overlap and their texts are the answer's words again.
    /// </summary>
    public sealed record Cut(SentenceSplitter.SentenceSpan[] Sentences, Run[] Runs)
    {
        /// <summary>The text of passage <paramref name="passage"/> of <paramref name="text"/>, as <see cref="Of"/> gives it.</summary>
        public string TextOf(string text, int passage)
        {
            var run = Runs[passage];
            return run.Count == 0
                ? text.Trim()
                : string.Join(' ', Sentences.Skip(run.First).Take(run.Count).Select(s => s.In(text).Replace("\\n", " ", StringComparison.Ordinal)));
        }
    }

    /// <summary>A passage as <paramref name="Count"/> sentences of a <see cref="Cut"/> from <paramref name="First"/> on.</summary>
    public readonly record struct Run(int First, int Count);

    public static List<Passage> Of(string text)
    {
        var cut = CutOf(text);
        return [.. cut.Runs.Select((run, i) => new Passage(cut.TextOf(text, i), cut.Sentences.AsSpan(run.First, run.Count).ToArray()))];
    }

    /// <summary>The passages of <paramref name="text"/> as runs of its sentences.</summary>
    public static Cut CutOf(string text)
    {
        var sentences = SentenceSplitter.Split(text).Where(s => WordTokenizer.Count(s.In(text)) >= MinWords).ToArray();
        var runs = new List<Run>();
        for (var start = 0; start < sentences.Length; start += Stride)
        {
            var taken = 0;
            var words = 0;
            for (var i = start; i < sentences.Length && taken < SentencesPerPassage; i++)
            {
                var count = WordTokenizer.Count(sentences[i].In(text));
                if (taken > 0 && words + count > MaxWords)
                {
                    break;
                }

                taken++;
                words += count;
            }

            runs.Add(new Run(start, taken));
            if (start + SentencesPerPassage >= sentences.Length)
            {
                break;
            }
        }

        if (runs.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            runs.Add(new Run(0, 0));
        }

        return new Cut(sentences, [.. runs]);
    }
}
