using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.PlainText;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Practice;

/// <summary>Prepared stories for practice tests: small banks written here, and the seed bank.</summary>
internal static class PracticeStories
{
    /// <summary>A latency story with a figure, money, a decision between two options and a named system.</summary>
    public const string Latency = """
        Tell me about a time you improved the performance of a system.

        Situation: At Acme our checkout service was timing out during sales and customers abandoned their carts.
        Task: I owned the checkout service and had to make it fast enough for the spring sale.
        Action: I profiled the service and found that every request rebuilt the price table. I chose an in-memory cache over a bigger database instance, because the database was not the bottleneck. I added the cache with Redis and wrote load tests that replayed last year's peak traffic. I rolled the change out behind a flag over two days.
        Result: We cut checkout latency by 30% and saved $20,000 a month on database costs. Abandoned carts fell during the sale.
        """;

    /// <summary>A failure story with no lesson, told mostly as "we".</summary>
    public const string MissedLaunch = """
        Tell me about a time you failed.

        Situation: Our team at Acme was launching a new billing page and the launch slipped by three weeks.
        Task: We had to ship before the quarter closed.
        Action: We worked late, we split the work again and we cut two features. We asked another team for help and we tested everything twice.
        Result: We launched in the next quarter and the page worked.
        """;

    private static readonly Lazy<Bank> SeedBank = new(() => new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!);

    public static Bank Seed => SeedBank.Value;

    public static Bank Bank(params string[] documents)
    {
        var bank = new PlainTextImporter().Import(SourceDocument.FromText("prep.txt", string.Join("\n\n", documents))).Bank!;
        Assert.NotEmpty(bank.Questions);
        return bank;
    }

    public static (Question Question, Answer Answer) Story(string document)
    {
        var question = Assert.Single(Bank(document).Questions);
        return (question, Assert.Single(question.Answers));
    }

    /// <summary>The seed story whose text contains <paramref name="words"/>.</summary>
    public static (Question Question, Answer Answer) SeedStory(string words) =>
        Seed.AllAnswers().First(s => s.Answer.Text.Contains(words, StringComparison.Ordinal));
}
