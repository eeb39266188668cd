using System.Numerics.Tensors;

namespace StarCoach.Core.Matching;

/// <summary>A new question: its vectors (whole and ask, whitened), content stems, competency signal and intent profile.</summary>
internal sealed record MatchQuery(float[] Vector, float[] Ask, List<string> Stems, double[] Competencies, float[] Intents);

/// <summary>A candidate's signals and fused score.</summary>
internal readonly record struct ScoredStory(int Document, float Fused, float Semantic, float Words, float QuestionSimilarity, int BestPassage, float PassageSimilarity);

/// <summary>
/// Chooses the candidates of a query and gives each its fused score (<see cref="MatchTuning"/>): every story of a
/// small bank; in a larger one, the best by the int8 answer-level vectors and the best by BM25F, then those
/// scored exactly.
/// </summary>
internal sealed class FusedScorer(IndexedStories stories, MatchTuning tuning)
{
    // Banks up to this size are scored exactly (every story is a candidate). Larger ones pick candidates by
    // the int8 answer-level vectors and by BM25F, then score those exactly.
    private const int ExactUpTo = 512;
    private const int SemanticCandidates = 48;
    private const int LexicalCandidates = 16;

    /// <summary>Every story of a small bank (or with <paramref name="scoreEveryStory"/>); else the best by the answer-level vectors and by BM25F.</summary>
    public int[] Candidates(MatchQuery query, float[] lexical, int top, bool scoreEveryStory)
    {
        var count = stories.Count;
        if (count <= ExactUpTo || scoreEveryStory)
        {
            return [.. Enumerable.Range(0, count)];
        }

        var probe = new float[query.Vector.Length];
        TensorPrimitives.Add(query.Vector, query.Ask, probe);
        var candidates = new HashSet<int>();
        foreach (var (index, _) in stories.AnswerVectors.Nearest(probe, Math.Max(SemanticCandidates, top * 4)))
        {
            candidates.Add(index);
        }

        foreach (var (index, _) in TopK.Select(lexical.AsSpan(0, count), Math.Max(LexicalCandidates, top), floor: 0))
        {
            candidates.Add(index);
        }

        // In bank order, as for a small bank: ties go to the earlier story.
        var ordered = candidates.ToArray();
        Array.Sort(ordered);
        return ordered;
    }

    /// <summary>The exact fused score of each candidate.</summary>
    public ScoredStory[] Score(MatchQuery query, int[] candidates, float[] lexical)
    {
        // The best BM25F score among the candidates is the best overall: the lexical top is always a candidate.
        var bestWords = 0f;
        foreach (var document in candidates)
        {
            bestWords = Math.Max(bestWords, lexical[document]);
        }

        // Sharing one or two words is weak evidence ("Tell me about a failure." has one content word, and every story
        // that says "failing" shares it): BM25F counts fully from WordsFullAt content words on.
        var wordsWeight = tuning.WordsFullAt > 0 ? tuning.Words * Math.Min(1f, (float)query.Stems.Count / tuning.WordsFullAt) : tuning.Words;
        var scored = new ScoredStory[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var document = candidates[c];
            var story = stories[document];
            var (best, passageSimilarity) = BestPassage(query.Ask, story);
            float questionSimilarity = 0, semantic;
            var sameIntent = story.ProfileRow >= 0 ? TensorPrimitives.Dot(query.Intents, stories.Profile(story.ProfileRow)) : 0;
            if (story.HasQuestion)
            {
                questionSimilarity = stories.QuestionDot(query.Vector, story.QuestionRow);
                var askSimilarity = stories.QuestionDot(query.Ask, story.AskRow);
                semantic = (tuning.Question * questionSimilarity) + (tuning.Ask * askSimilarity) + (tuning.Passage * passageSimilarity)
                    + (tuning.Intent * sameIntent);
            }
            else
            {
                // No question text: the best passage carries the question's and ask's weights, and the intent's too
                // when the story has no profile either.
                var passageShare = tuning.Question + tuning.Ask + tuning.Passage + (story.ProfileRow >= 0 ? 0 : tuning.Intent);
                semantic = (passageShare * passageSimilarity) + (tuning.Intent * sameIntent);
            }

            var words = bestWords > 0 ? lexical[document] / bestWords : 0;
            var overlap = Overlap(query.Competencies, stories.Competencies(document));
            var fused = semantic + (wordsWeight * words) + (tuning.Competency * overlap);
            scored[c] = new ScoredStory(document, fused, semantic, words, questionSimilarity, best, passageSimilarity);
        }

        return scored;
    }

    /// <summary>How much of what the question probes the answer shows: Σ min(q, a) / Σ q.</summary>
    private static float Overlap(double[] question, ReadOnlySpan<float> answer)
    {
        double shared = 0, total = 0;
        for (var i = 0; i < question.Length; i++)
        {
            total += question[i];
            shared += Math.Min(question[i], answer[i]);
        }

        return total == 0 ? 0 : (float)(shared / total);
    }

    private (int Index, float Similarity) BestPassage(float[] query, IndexedStory story)
    {
        var best = -1;
        var similarity = 0f;
        for (var p = 0; p < story.PassageCount; p++)
        {
            var value = stories.PassageDot(query, story, p);
            if (best < 0 || value > similarity)
            {
                best = p;
                similarity = value;
            }
        }

        return (best, similarity);
    }
}
