using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Import;

/// <summary>Answers to one question that tell much the same story: reported at import and counted in its summary.</summary>
internal static class NearDuplicates
{
    /// <summary>Two answers sharing this share of their word pairs are near-duplicates.</summary>
    public const double Overlap = 0.5;

    /// <summary>Each pair of answers (by index) that are near-duplicates, with their share of word pairs; compressed versions aside.</summary>
    public static IEnumerable<(int First, int Second, double Overlap)> Among(IReadOnlyList<Answer> answers)
    {
        if (answers.Count < 2)
        {
            yield break;
        }

        var shingles = answers.Select(a => WordPairs.Of(a.Text)).ToList();
        for (var i = 0; i < answers.Count; i++)
        {
            for (var j = i + 1; j < answers.Count; j++)
            {
                if (answers[i].Kind == AnswerKind.Compressed || answers[j].Kind == AnswerKind.Compressed)
                {
                    continue;
                }

                var overlap = WordPairs.Overlap(shingles[i], shingles[j]);
                if (overlap >= Overlap)
                {
                    yield return (i, j, overlap);
                }
            }
        }
    }
}
