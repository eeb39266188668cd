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

    public static List<Passage> Of(string text)
    {
        var sentences = SentenceSplitter.Split(text).Where(s => WordTokenizer.Count(s.In(text)) >= MinWords).ToList();
        var passages = new List<Passage>();
        for (var start = 0; start < sentences.Count; start += Stride)
        {
            var taken = new List<SentenceSplitter.SentenceSpan>();
            var words = 0;
            for (var i = start; i < sentences.Count && taken.Count < SentencesPerPassage; i++)
            {
                var count = WordTokenizer.Count(sentences[i].In(text));
                if (taken.Count > 0 && words + count > MaxWords)
                {
                    break;
                }

                taken.Add(sentences[i]);
                words += count;
            }

            passages.Add(new Passage(string.Join(' ', taken.Select(s => s.In(text).Replace("\\n", " ", StringComparison.Ordinal))), taken));
            if (start + SentencesPerPassage >= sentences.Count)
            {
                break;
            }
        }

        if (passages.Count == 0 && !string.IsNullOrWhiteSpace(text))
        {
            passages.Add(new Passage(text.Trim(), []));
        }

        return passages;
    }
}
