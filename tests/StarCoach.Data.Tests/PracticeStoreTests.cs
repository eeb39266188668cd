using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Recall;
using StarCoach.Data.Entities;

namespace StarCoach.Data.Tests;

/// <summary><see cref="PracticeStore"/> on real databases: what the CLI and the web app rely on.</summary>
public sealed class PracticeStoreTests
{
    private const string Owner = "alice";
    private const string Other = "bob";

    private const string Prep = """
        Tell me about a time you improved the performance of a system.

        Situation: At Acme our checkout service was timing out during sales and customers abandoned their carts.
        Task: I owned the checkout service and had to make it fast enough for the spring sale.
        Action: I profiled the service and found that every request rebuilt the price table. I chose an in-memory cache over a bigger database instance. I added the cache with Redis and wrote load tests.
        Result: We cut checkout latency by 30% and saved $20,000 a month on database costs.

        Tell me about a time you failed.

        Situation: Our team at Acme was launching a new billing page and the launch slipped by three weeks.
        Action: We worked late, we split the work again and we cut two features.
        Result: We launched in the next quarter and the page worked.
        """;

    private static readonly string Retelling =
        "At Acme checkout timed out during sales. I profiled the service and found every request rebuilt the price table, so I added a Redis cache. We cut checkout latency by 40%.";

    public static TheoryData<string> Providers => PracticeDatabase.PostgresAvailable ? ["sqlite", "postgres"] : ["sqlite"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(PracticeDatabase Db, Guid Bank, string Story)> ArrangeAsync(string provider)
    {
        var db = await PracticeDatabase.CreateAsync(provider);
        var bank = await db.ImportAsync(Owner, "prep.txt", Prep);
        var story = await db.WithAsync(async (practice, _, _) => (await practice.LoadAsync(Owner, bank, Token))!.Bank.Questions[0].Answers[0].Id);
        return (db, bank, story);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RecordAttempt_Retelling_StoresTheAttemptMovesTheCardAndReadsBackAsHistory(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;

        var recorded = await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 200), Token));
        var history = await db.WithAsync(async (practice, _, _) => await practice.HistoryAsync(Owner, bank, cancellationToken: Token));
        var schedule = await db.WithAsync(async (practice, _, _) => await practice.ScheduleAsync(Owner, bank, Token));

        Assert.NotNull(recorded);
        Assert.Equal(RecallStatus.Changed, Assert.Single(recorded.Result.Recall.Items, i => i.Prepared == "30%").Status);
        var attempt = Assert.Single(history);
        Assert.Equal(recorded.AttemptId, attempt.Id);
        Assert.Equal(story, attempt.AnswerId);
        Assert.Equal(PracticeDatabase.Start, attempt.StartedAt);
        Assert.Equal(50, attempt.OverrunSeconds);
        Assert.Equal(recorded.Result.Grade, attempt.Grade);
        Assert.Equal(recorded.Result.Review.Overall, attempt.Review!.Overall);
        Assert.Equal(recorded.Result.Recall.Items, attempt.Recall!.Items);
        Assert.Equal(recorded.Result.Probes, attempt.Probes);
        var scheduled = Assert.Single(schedule!.Stories, s => s.Answer.Id == story);
        Assert.Equal(DueStatus.Later, scheduled.Status);
        Assert.Equal(recorded.Card.Due, scheduled.DueAt);
        Assert.Equal(1, scheduled.Card!.Reps);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeGrade_ToEasy_ReplacesTheReviewInTheScheduleAndKeepsOneReview(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        var recorded = await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 200), Token));
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        var changed = await db.WithAsync((practice, _, _) => practice.ChangeGradeAsync(Owner, recorded!.AttemptId, Core.Scheduling.Grade.Easy, Token));
        var detail = await db.WithAsync((practice, _, _) => practice.GetAttemptAsync(Owner, recorded!.AttemptId, Token));
        var card = (await db.WithAsync((practice, _, _) => practice.LoadAsync(Owner, bank, Token)))!.Cards[story];

        Assert.NotNull(changed);
        Assert.Equal((Core.Scheduling.Grade.Easy, recorded!.Result.Grade), (changed.Grade, changed.Suggested));
        Assert.StartsWith("Easy: your grade; StarCoach suggested " + recorded.Result.Grade, changed.Explanation, StringComparison.Ordinal);
        Assert.Equal(1, card.Reps);
        Assert.True(card.Due > recorded.Card.Due, $"Easy is due {card.Due}, no later than {recorded.Result.Grade} at {recorded.Card.Due}");
        Assert.Equal(recorded.Card.LastReview, card.LastReview, TimeSpan.FromMilliseconds(1));
        Assert.Equal(Core.Scheduling.Grade.Easy, detail!.Attempt.Grade);
        Assert.Equal(recorded.Result.Grade, detail.Attempt.SuggestedGrade);
        Assert.Equal(changed.Explanation, detail.Attempt.Explanation);
        Assert.Null(await db.WithAsync((practice, _, _) => practice.ChangeGradeAsync(Other, recorded.AttemptId, Core.Scheduling.Grade.Again, Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ChangeGrade_OfAnAttemptALaterOneBuiltOn_IsRefused(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        var first = await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 200), Token));
        db.Clock.Advance(TimeSpan.FromDays(2));
        await db.WithAsync((practice, _, _) => practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, db.Clock.GetUtcNow(), 200), Token));

        var detail = await db.WithAsync((practice, _, _) => practice.GetAttemptAsync(Owner, first!.AttemptId, Token));

        Assert.False(detail!.CanChangeGrade);
        Assert.Null(await db.WithAsync((practice, _, _) => practice.ChangeGradeAsync(Owner, first!.AttemptId, Core.Scheduling.Grade.Good, Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RecordProbeAnswer_FirstProbe_IsStoredUnderTheAttemptAndTheNextProbeIsTheSecond(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        var recorded = await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 120), Token));

        var probe = await db.WithAsync((practice, _, _) =>
            practice.RecordProbeAnswerAsync(Owner, recorded!.AttemptId, 0, new TimedAnswer("I compared p95 latency before and after for two weeks.", PracticeDatabase.Start.AddMinutes(3), 40), Token));
        var detail = await db.WithAsync((practice, _, _) => practice.GetAttemptAsync(Owner, recorded!.AttemptId, Token));

        Assert.Equal(recorded!.Result.Probes[0], probe!.Result.Probe);
        var answered = Assert.Single(detail!.ProbeAnswers);
        Assert.Equal(recorded.Result.Probes[0].Text, answered.Probe);
        Assert.Null(answered.Grade);
        Assert.Equal(recorded.Result.Probes.Length > 1 ? 1 : null, detail.NextProbe);
        Assert.Null(await db.WithAsync((practice, _, _) => practice.RecordProbeAnswerAsync(Owner, recorded.AttemptId, 5, new TimedAnswer("x", PracticeDatabase.Start, 1), Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnotherOwner_CannotReadOrRecordPracticeOnTheBank(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        var recorded = await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 120), Token));

        await db.WithAsync(async (practice, _, _) =>
        {
            Assert.Null(await practice.LoadAsync(Other, bank, Token));
            Assert.Null(await practice.PlanAsync(Other, bank, new PracticeFilter(), Token));
            Assert.Null(await practice.RecordAttemptAsync(Other, bank, story, PracticeMode.Full, new TimedAnswer("mine now", PracticeDatabase.Start, 1), Token));
            Assert.Null(await practice.RecordProbeAnswerAsync(Other, recorded!.AttemptId, 0, new TimedAnswer("mine now", PracticeDatabase.Start, 1), Token));
            Assert.Null(await practice.GetAttemptAsync(Other, recorded.AttemptId, Token));
            Assert.Empty(await practice.HistoryAsync(Other, bank, cancellationToken: Token));
            Assert.Null(await practice.ProgressAsync(Other, bank, cancellationToken: Token));
            Assert.False(await practice.SetInterviewDateAsync(Other, bank, new DateOnly(2025, 4, 1), Token));
            return true;
        });
        Assert.Single(await db.WithAsync(async (practice, _, _) => await practice.HistoryAsync(Owner, bank, cancellationToken: Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reimport_EditedStory_KeepsItsAttemptsAndSchedule(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 120), Token));

        var again = await db.ImportAsync(Owner, "prep.txt", Prep.Replace("wrote load tests", "wrote load tests that replayed last year's peak", StringComparison.Ordinal));
        var loaded = await db.WithAsync((practice, _, _) => practice.LoadAsync(Owner, again, Token));
        var history = await db.WithAsync(async (practice, _, _) => await practice.HistoryAsync(Owner, again, cancellationToken: Token));

        Assert.Equal(bank, again);
        var edited = loaded!.Bank.Questions[0].Answers[0].Id;
        Assert.NotEqual(story, edited);
        Assert.True(loaded.Cards.ContainsKey(edited));
        Assert.Equal(edited, Assert.Single(history).AnswerId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Progress_AttemptsOnTwoDays_PerDayAndNeverPractised(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Full, new TimedAnswer(Retelling, PracticeDatabase.Start, 120), Token));
        db.Clock.Advance(TimeSpan.FromDays(2));
        await db.WithAsync((practice, _, _) =>
            practice.RecordAttemptAsync(Owner, bank, story, PracticeMode.Compressed, new TimedAnswer(Retelling, PracticeDatabase.Start.AddDays(2), 100), Token));

        var progress = await db.WithAsync((practice, _, _) => practice.ProgressAsync(Owner, bank, "amazon", Token));

        Assert.Equal(2, progress!.Attempts);
        Assert.Equal(2, progress.Days.Length);
        Assert.Equal(1, progress.TimeOverBudget.OverBudget);
        Assert.Equal(10, progress.TimeOverBudget.AverageOverrunSeconds);
        Assert.Single(progress.NeverPractised);
        Assert.Equal("amazon", progress.Framework);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Plan_CompetencyTheUserAddedToAStory_PlansThatStory(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        var filter = new PracticeFilter { Competency = new CompetencyRef("amazon", "earn-trust"), Count = 10 };
        var before = await db.WithAsync((practice, _, _) => practice.PlanAsync(Owner, bank, filter, Token));
        Assert.DoesNotContain(before!.Items, i => i.Answer.Id == story);

        await db.WithAsync(async (_, _, context) =>
        {
            var row = await context.Answers.SingleAsync(a => a.StableId == story, Token);
            context.TagOverrides.Add(new CompetencyTagOverride { Id = Guid.NewGuid(), AnswerId = row.Id, Framework = "amazon", CompetencyId = "earn-trust", Added = true, CreatedAt = PracticeDatabase.Start });
            return await context.SaveChangesAsync(Token);
        });
        var after = await db.WithAsync((practice, _, _) => practice.PlanAsync(Owner, bank, filter, Token));

        Assert.Contains(after!.Items, i => i.Answer.Id == story);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SetInterviewDate_SoonAfterALongInterval_BringsTheStoryBackBeforeIt(string provider)
    {
        var (db, bank, story) = await ArrangeAsync(provider);
        await using var _ = db;
        await db.WithAsync(async (_, _, context) =>
        {
            var row = await context.Answers.SingleAsync(a => a.StableId == story, Token);
            context.Cards.Add(new ScheduleCard { AnswerId = row.Id, Stability = 40, Difficulty = 4, LastReview = PracticeDatabase.Start, Due = PracticeDatabase.Start.AddDays(40), Reps = 4 });
            return await context.SaveChangesAsync(Token);
        });

        Assert.True(await db.WithAsync((practice, _, _) => practice.SetInterviewDateAsync(Owner, bank, new DateOnly(2025, 3, 13), Token)));
        var schedule = await db.WithAsync((practice, _, _) => practice.ScheduleAsync(Owner, bank, Token));

        var scheduled = Assert.Single(schedule!.Stories, s => s.Answer.Id == story);
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 0, 0, 0, TimeSpan.Zero), scheduled.DueAt);
    }
}
