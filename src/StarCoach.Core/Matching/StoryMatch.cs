using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Matching;

/// <summary>A story (answer) that fits a new question, and why.</summary>
/// <param name="Rank">1 for the best fit.</param>
/// <param name="QuestionId">The question the answer was prepared for.</param>
/// <param name="AnswerId">The answer.</param>
/// <param name="QuestionText">The text of that question.</param>
/// <param name="Kind">The kind of answer.</param>
/// <param name="Score">
/// 0–1: the fused score (cosine similarities of meaning, the probability of being the same kind of question,
/// shared words relative to the best-scoring story, shared competencies; weighted) over the sum of the weights. Compare stories within one query; 1 would be identical
/// on every signal.
/// </param>
/// <param name="Why">What the question and the story share.</param>
/// <param name="SourceSpan">Where the answer is in the source document.</param>
/// <param name="Title">The story's title (<see cref="StoryTitle.Of(Question, Answer)"/>).</param>
public sealed record StoryMatch(
    int Rank,
    string QuestionId,
    string AnswerId,
    string QuestionText,
    AnswerKind Kind,
    double Score,
    MatchReasons Why,
    SourceSpan SourceSpan,
    string Title)
{
    /// <summary>How good a fit <see cref="Score"/> is, on the one scale the CLI and the web app show (<see cref="MatchFits"/>).</summary>
    public MatchFit Fit => MatchFits.Of(Score);
}

/// <summary>Why a story was matched.</summary>
/// <param name="SharedConcepts">Words of the question also found in the story or its question, rarest first (as written in the story).</param>
/// <param name="Competencies">Competencies the question probes that the story shows.</param>
/// <param name="BestSentence">The sentence of the story closest to the question.</param>
/// <param name="Similarity">Cosine similarity of meaning between the question's ask (without "Tell me about a time…") and the story's best passage (−1–1).</param>
/// <param name="QuestionSimilarity">Cosine similarity between the new question and the question the story was prepared for (0 when the story has no question text).</param>
/// <param name="LexicalRank">The story's rank by shared words (BM25), if it shares any.</param>
/// <param name="SemanticRank">The story's rank by meaning (embeddings) among the stories scored.</param>
/// <param name="SameKind">
/// The kind of behavioral question (<see cref="QuestionIntents"/>) that the new question and the story's question
/// both are (for a story without a question: the kind its passages answer), with the probability that they both
/// are; null when that is under 0.3.
/// </param>
public sealed record MatchReasons(
    ImmutableArray<string> SharedConcepts,
    ImmutableArray<MatchedCompetency> Competencies,
    string BestSentence,
    double Similarity,
    double QuestionSimilarity,
    int? LexicalRank,
    int SemanticRank,
    MatchedQuestionKind? SameKind);

/// <summary>A kind of behavioral question shared by the new question and a story's question.</summary>
/// <param name="Id">The intent's id ("failure").</param>
/// <param name="Name">Its name ("A failure and what you learned").</param>
/// <param name="Probability">How likely both questions are of this kind (0–1).</param>
public sealed record MatchedQuestionKind(string Id, string Name, double Probability);

/// <summary>A competency shared by a question and a story.</summary>
public sealed record MatchedCompetency(string Framework, string Id, string Name);

/// <summary>How far building an index has got: embedding texts, then indexing stories.</summary>
/// <param name="Done">Texts embedded (or stories indexed) so far.</param>
/// <param name="Total">Texts to embed (those not found in the cache), or stories to index.</param>
/// <param name="Stage">Which of the two.</param>
public readonly record struct EmbeddingProgress(int Done, int Total, IndexStage Stage = IndexStage.Embedding);

/// <summary>What building an index is doing.</summary>
public enum IndexStage
{
    /// <summary>Embedding the texts that have no vector yet.</summary>
    Embedding,

    /// <summary>Indexing the stories (vectors whitened and stored, intents, competencies, words).</summary>
    Indexing,
}
