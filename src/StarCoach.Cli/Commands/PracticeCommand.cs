using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Practice;
using StarCoach.Data;

namespace StarCoach.Cli.Commands;

/// <summary>
/// <c>starcoach practice BANK [--mode …] [--category …] [--competency framework:id] [--new-only] [--count N] [--level …]
/// [--interview-date YYYY-MM-DD] [--confirm-grade] [--db PATH]</c>: a timed mock interview in the terminal.
/// </summary>
internal sealed class PracticeCommand(CliStreams streams, TimeProvider time) : AsyncCommand<PracticeCommand.Settings>
{
    internal sealed class Settings : ScheduleSettings
    {
        [CommandOption("--mode <MODE>")]
        [Description("full (the review's story budget for the level: 1½–2½ min at senior, 1–2½ junior and mid) or compressed (60–90 s). Default: each story in its own length.")]
        public string? Mode { get; init; }

        [CommandOption("--category <CATEGORY>")]
        [Description("Only questions under this category heading of the bank.")]
        public string? Category { get; init; }

        [CommandOption("--competency <FRAMEWORK:ID>")]
        [Description("Only stories that show this competency, e.g. amazon:ownership or generic:conflict.")]
        public string? Competency { get; init; }

        [CommandOption("--new-only")]
        [Description("Only stories never practised.")]
        public bool NewOnly { get; init; }

        [CommandOption("--answer <ID>")]
        [Description("Only this answer (a-… id, as in the bank JSON); repeat for several.")]
        public string[] Answers { get; init; } = [];

        [CommandOption("--confirm-grade")]
        [Description("Ask to keep or change each grade (a line: empty keeps it, or " + Views.GradePrompt.Choices + ") even when answers are piped in. On a terminal it is always asked.")]
        public bool ConfirmGrade { get; init; }

        [CommandOption("--count <N>")]
        [Description("How many stories at most (default 3: about 15 minutes with the follow-ups).")]
        public int? Count { get; init; }

        public PracticeMode? ParsedMode => PracticeModes.TryParse(Mode, out var mode) ? mode : null;

        public CompetencyRef? ParsedCompetency => CompetencyRef.TryParse(Competency, out var competency, out _) ? competency : null;

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Mode is not null && ParsedMode is null)
            {
                return Spectre.Console.ValidationResult.Error($"unknown --mode '{Mode}'; use {PracticeModes.Accepted}.");
            }

            if (Competency is not null && !CompetencyRef.TryParse(Competency, out _, out var error))
            {
                return Spectre.Console.ValidationResult.Error($"--competency: {error}.");
            }

            if (Count is < 1)
            {
                return Spectre.Console.ValidationResult.Error("--count must be at least 1.");
            }

            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = await PracticeBankLoader.LoadAsync(settings, streams, time, cancellationToken);
        if (loaded is not var (database, bank))
        {
            return CliApp.BadInput;
        }

        await using var _ = database;
        if (settings.Category is { } category && !PracticePlanner.Categories(bank.Bank).Contains(category.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var known = PracticePlanner.Categories(bank.Bank);
            await streams.Error.WriteLineAsync($"starcoach: {settings.Bank}: no category '{category}'; the bank has {(known.IsEmpty ? "no categories" : string.Join(", ", known.Select(c => $"'{c}'")))}.");
            return CliApp.BadInput;
        }

        var unknown = settings.Answers.FirstOrDefault(id => !bank.Bank.AllAnswers().Any(s => s.Answer.Id == id));
        if (unknown is not null)
        {
            await streams.Error.WriteLineAsync($"starcoach: {settings.Bank}: no answer '{unknown}'; see the answer ids with 'starcoach import {settings.Bank} --json'.");
            return CliApp.BadInput;
        }

        var filter = new PracticeFilter
        {
            Category = settings.Category,
            Competency = settings.ParsedCompetency,
            NewOnly = settings.NewOnly,
            AnswerIds = [.. settings.Answers],
            Count = settings.Count,
            Mode = settings.ParsedMode,
            Level = bank.Level,
        };
        var plan = new PracticePlanner(time).Plan(bank.Bank, bank.Cards, filter, bank.InterviewDate, null);
        var zone = time.LocalTimeZone;
        var console = streams.Console;
        if (plan.Items.IsEmpty)
        {
            PracticeView.NothingToPractise(console, filter.SelectsDueOnly, plan.Schedule, zone);
            return CliApp.Ok;
        }

        PracticeView.Session(console, bank.Name, plan.Items.Length, plan.Schedule, zone);
        var prompt = new CountdownPrompt(console, streams.In, time, streams.Out.Flush);
        var told = new HashSet<Guid>();
        for (var i = 0; i < plan.Items.Length; i++)
        {
            var item = plan.Items[i];
            PracticeView.Question(console, item, i + 1, plan.Items.Length, time.GetUtcNow(), zone);
            if (prompt.Read(item.BudgetSeconds) is not { } answer)
            {
                PracticeView.Skipped(console);
                break;
            }

            var recorded = await database.Practice.RecordAttemptAsync(StarCoachDb.LocalUserId, bank.BankId, item.Answer.Id, item.Mode, answer, cancellationToken);
            told.Add(recorded!.AttemptId);
            PracticeView.Result(console, recorded.Result);
            var card = recorded.Card;
            if ((streams.In is null || settings.ConfirmGrade) && GradePrompt.Ask(console, streams.In, recorded.Result.Grade) is { } chosen
                && await database.Practice.ChangeGradeAsync(StarCoachDb.LocalUserId, recorded.AttemptId, chosen, cancellationToken) is { } change)
            {
                PracticeView.GradeChanged(console, change);
                card = change.Card;
            }

            var probes = recorded.Result.Probes;
            for (var p = 0; p < probes.Length; p++)
            {
                PracticeView.Probe(console, probes[p], p + 1, probes.Length);
                var reply = prompt.ReadFollowUp(PracticeModes.ProbeBudgetSeconds);
                if (reply.Outcome == FollowUpOutcome.Skipped)
                {
                    PracticeView.ProbeSkipped(console);
                    continue;
                }

                if (reply.Answer is not { } probeAnswer)
                {
                    PracticeView.InputEnded(console);
                    break;
                }

                var probeResult = await database.Practice.RecordProbeAnswerAsync(StarCoachDb.LocalUserId, recorded.AttemptId, p, probeAnswer, cancellationToken);
                PracticeView.ProbeResult(console, probeResult!.Result);
            }

            PracticeView.NextDue(console, card, time.GetUtcNow(), plan.Schedule.Interview, zone);
            streams.Out.Flush();
        }

        var after = await database.Practice.ScheduleAsync(StarCoachDb.LocalUserId, bank.BankId, cancellationToken);
        var history = await database.Practice.HistoryAsync(StarCoachDb.LocalUserId, bank.BankId, cancellationToken: cancellationToken);
        PracticeView.Summary(console, SessionSummary.Build(after!, history.Where(a => told.Contains(a.Id))), after!, zone);
        return CliApp.Ok;
    }
}
