using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Review;

namespace StarCoach.Benchmarks;

/// <summary>
/// Reviewing answers, warm: one seed answer of about 400 words (analysis, all 19 rules, rubric, part coverage),
/// the same answer given as text (label parsing included), and every answer and follow-up answer of the seed bank.
/// </summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private readonly AnswerReviewer _reviewer = new();
    private Bank _bank = null!;
    private Question _question = null!;
    private Answer _answer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bank = new BankImporter().ImportFile(SeedDocuments.Path("behavioral-questions.txt")).Bank!;

        // The seed answer closest to 400 spoken words.
        (_question, _answer) = _bank.AllAnswers()
            .OrderBy(qa => Math.Abs(_reviewer.Review(qa.Answer, qa.Question).WordCount - 400))
            .ThenBy(qa => qa.Answer.Id, StringComparer.Ordinal)
            .First();
    }

    [Benchmark(Description = "review one ~400-word answer")]
    public AnswerReview ReviewOneAnswer() => _reviewer.Review(_answer, _question, TargetLevel.Staff);

    [Benchmark(Description = "review one ~400-word answer from text")]
    public AnswerReview ReviewOneAnswerText() => _reviewer.ReviewText(_answer.Text, _question.Text, TargetLevel.Staff);

    [Benchmark(Description = "review behavioral-questions.txt (48 answers)")]
    public int ReviewSeedBank() => _reviewer.ReviewBank(_bank, TargetLevel.Staff).Length;
}
