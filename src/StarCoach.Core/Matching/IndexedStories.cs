using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>One indexed answer: what it answers, and where its rows are in <see cref="IndexedStories"/> (−1: none).</summary>
internal readonly record struct IndexedStory(
    Question Question,
    Answer Answer,
    int QuestionRow,
    int AskRow,
    int ProfileRow,
    int FirstPassage,
    int PassageCount,
    int FirstSentence)
{
    public bool HasQuestion => QuestionRow >= 0;
}

/// <summary>
/// What an index holds of its stories, each thing once: the question and answer (their texts and ids are the
/// bank's own strings), the vectors of the stored questions and asks (each distinct text once) and of the
/// passages, each answer's passages as runs of its sentences (spans of the answer, not their texts again), the
/// intent profile of each distinct question, the competency cues (floats, one row per story), and the int8
/// answer-level vectors that choose candidates in a large bank.
/// </summary>
internal sealed class IndexedStories(
    ImmutableArray<IndexedStory> stories,
    IVectorRows questions,
    IVectorRows passages,
    Passages.Run[] runs,
    SentenceSplitter.SentenceSpan[] sentences,
    VectorIndex profiles,
    float[] competencies,
    int competencyCount,
    QuantizedVectorIndex answerVectors)
{
    public int Count => stories.Length;

    public IndexedStory this[int story] => stories[story];

    /// <summary>Stage one's vectors: one per story, int8.</summary>
    public QuantizedVectorIndex AnswerVectors => answerVectors;

    /// <summary>The stored question (or ask) row's dot product with <paramref name="query"/>.</summary>
    public float QuestionDot(ReadOnlySpan<float> query, int row) => questions.Dot(query, row);

    /// <summary>Passage <paramref name="passage"/> of <paramref name="story"/>'s dot product with <paramref name="query"/>.</summary>
    public float PassageDot(ReadOnlySpan<float> query, IndexedStory story, int passage) => passages.Dot(query, story.FirstPassage + passage);

    public ReadOnlySpan<float> Profile(int row) => profiles.Row(row);

    /// <summary>How strongly the story shows each competency (the tagger's order), 0–1.</summary>
    public ReadOnlySpan<float> Competencies(int story) => competencies.AsSpan(story * competencyCount, competencyCount);

    /// <summary>The sentences of passage <paramref name="passage"/> of <paramref name="story"/>; empty when the passage is the whole answer.</summary>
    public ReadOnlySpan<SentenceSplitter.SentenceSpan> Sentences(IndexedStory story, int passage)
    {
        var run = runs[story.FirstPassage + passage];
        return sentences.AsSpan(story.FirstSentence + run.First, run.Count);
    }

    /// <summary>Bytes of the vectors, passage runs and cues (the texts are the bank's).</summary>
    public long Bytes =>
        questions.Bytes + passages.Bytes + profiles.Bytes + answerVectors.Bytes
        + ((long)runs.Length * 8) + ((long)sentences.Length * 8) + ((long)competencies.Length * sizeof(float));
}
