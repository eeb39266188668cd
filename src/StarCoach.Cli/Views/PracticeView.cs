using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;
using StarCoach.Core.Text;
using StarCoach.Data;

namespace StarCoach.Cli.Views;

/// <summary>A practice session for people: the question, then the review, the recall and the probes of each attempt.</summary>
internal static class PracticeView
{
    private const int MaxFindings = 6;

    public static void Session(IAnsiConsole console, string bankName, int stories, PracticeSchedule schedule, TimeZoneInfo zone)
    {
        var due = schedule.DueNow.Count();
        console.MarkupLine($"[bold]Practice[/] on [bold]{Markup.Escape(bankName)}[/]: {Counted.Of(stories, "story", "stories")} in this session, {due} due now of {schedule.Stories.Length}.");
        if (schedule.Interview is { } interview)
        {
            console.MarkupLine($"Interview on [bold]{Dates.Day(interview, zone)}[/] ({Dates.Relative(interview, schedule.Now)}): every story comes back before it.");
        }

        console.WriteLine();
    }

    public static void Question(IAnsiConsole console, PracticeItem item, int index, int count, DateTimeOffset now, TimeZoneInfo zone)
    {
        var rule = new Rule($"[bold]Question {index} of {count}[/]{(item.Question.Category is { } category ? " · " + Markup.Escape(category) : string.Empty)}").LeftJustified();
        console.Write(rule);
        var status = item.Schedule.Status switch
        {
            DueStatus.New => "never practised",
            DueStatus.Due => $"due {Dates.Relative(item.Schedule.DueAt!.Value, now)}",
            _ => $"not due until {Dates.Day(item.Schedule.DueAt!.Value, zone)}",
        };
        var mode = $"{(item.Mode == PracticeMode.Compressed ? "Compressed answer" : "Full answer")}, up to {CountdownPrompt.Clock(item.BudgetSeconds)}";
        console.MarkupLine($"[grey]{mode} · {status}[/]");
        console.WriteLine();
        console.MarkupLine($"[bold yellow]{Markup.Escape(item.Question.Text)}[/]");
        var name = StoryName.For(item.Question, item.Answer);
        console.MarkupLine(name.Position is { } position
            ? $"[bold]{position}:[/] {Markup.Escape(name.Title)} [grey](this question has {name.Of} prepared stories; tell this one)[/]"
            : $"[grey]Your story:[/] {Markup.Escape(name.Title)}");
        console.WriteLine();
    }

    public static void Result(IAnsiConsole console, AttemptResult result)
    {
        var review = result.Review;
        console.MarkupLine($"Time [bold]{Timing(result.Answer.Seconds, result.BudgetSeconds)}[/] · {review.WordCount} words · overall [bold]{Score(review.Overall)}[/]/100 · grade [bold]{Grade(result.Grade)}[/]");
        console.WriteLine();
        Rubric(console, review);
        Findings(console, review);
        Recall(console, result.Recall);
        console.MarkupLine($"[bold]{Markup.Escape(result.Explanation)}[/]");
        console.WriteLine();
    }

    public static void GradeChanged(IAnsiConsole console, GradeChange change)
    {
        console.MarkupLine($"Grade changed to [bold]{Grade(change.Grade)}[/]; the schedule now counts this attempt as {change.Grade}.");
        console.WriteLine();
    }

    public static void Rubric(IAnsiConsole console, AnswerReview review)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Rubric[/]");
        table.AddColumn("Dimension");
        table.AddColumn("Level");
        table.AddColumn("Why");
        foreach (var score in review.Rubric)
        {
            table.AddRow(
                new Text(score.Dimension.ToString()),
                new Markup($"[{LevelColour(score.Level)}]{score.Level} {Markup.Escape(score.Label)}[/]"),
                new Text(score.Why.IsEmpty ? "—" : score.Why[0]));
        }

        console.Write(table);
    }

    public static void Findings(IAnsiConsole console, AnswerReview review)
    {
        if (review.Findings.IsEmpty)
        {
            console.MarkupLine("[green]No findings: nothing to fix in this answer.[/]");
            console.WriteLine();
            return;
        }

        console.MarkupLine("[bold]What to fix[/]");
        foreach (var finding in review.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Start).Take(MaxFindings))
        {
            var colour = finding.Severity switch { FindingSeverity.Error => "red", FindingSeverity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"  [{colour}]●[/] [bold]{Markup.Escape(finding.Name)}[/] {Markup.Escape(finding.Message)}");
            console.MarkupLine($"    [grey]Fix:[/] {Markup.Escape(finding.Hint)}");
        }

        if (review.Findings.Length > MaxFindings)
        {
            console.MarkupLine($"  [grey]… and {review.Findings.Length - MaxFindings} more.[/]");
        }

        console.WriteLine();
    }

    public static void Recall(IAnsiConsole console, RecallReport recall)
    {
        console.MarkupLine($"[bold]Recall of your prepared story: {Percent(recall.Score)}[/] — {recall.Told} told, [red]{recall.Missed} missed[/], [yellow]{recall.Changed} changed[/].");
        if (recall.Items.IsEmpty)
        {
            console.WriteLine();
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("");
        table.AddColumn("What");
        table.AddColumn("In your prepared story");
        table.AddColumn("What you said");
        foreach (var item in recall.Items.OrderBy(i => i.Status switch { RecallStatus.Changed => 0, RecallStatus.Missed => 1, _ => 2 }))
        {
            table.AddRow(
                new Markup(item.Status switch { RecallStatus.Told => "[green]✓ told[/]", RecallStatus.Changed => "[yellow]≠ changed[/]", _ => "[red]✗ missed[/]" }),
                new Text(Kind(item.Kind)),
                new Text(item.Prepared),
                new Text(item.Status == RecallStatus.Missed ? "—" : item.Told ?? "—"));
        }

        console.Write(table);
        console.WriteLine();
    }

    public static void Probe(IAnsiConsole console, Probe probe, int index, int count)
    {
        console.Write(new Rule($"[bold]Follow-up {index} of {count}[/]").LeftJustified());
        console.MarkupLine($"[bold yellow]{Markup.Escape(probe.Text)}[/]");
        console.MarkupLine($"[grey]About a minute. Asked because of: {Markup.Escape(probe.Basis)}[/]");
        console.MarkupLine("Press [bold]Enter[/] when ready — the minute starts then. Enter an empty line (or Ctrl+D) to skip this follow-up.");
        console.WriteLine();
    }

    public static void ProbeResult(IAnsiConsole console, ProbeResult result)
    {
        var review = result.Review;
        console.MarkupLine($"Time [bold]{Timing(result.Answer.Seconds, result.BudgetSeconds)}[/] · overall [bold]{Score(review.Overall)}[/]/100");
        Findings(console, review);
    }

    public static void NextDue(IAnsiConsole console, CardState card, DateTimeOffset now, DateTimeOffset? interview, TimeZoneInfo zone)
    {
        var capped = interview is { } day && card.Due >= day.AddDays(-2) && card.Due <= day;
        console.MarkupLine($"[bold]Next practice of this story: {Dates.Day(card.Due, zone)}[/] ({Dates.Relative(card.Due, now)}){(capped ? ", before the interview" : string.Empty)}.");
        console.WriteLine();
    }

    public static void NothingToPractise(IAnsiConsole console, bool dueOnly, PracticeSchedule schedule, TimeZoneInfo zone)
    {
        var reason = dueOnly ? "Nothing is due now." : "No story matches these options.";
        var next = schedule.NextDue is { } due ? $" The next story is due {Dates.Day(due, zone)} ({Dates.Relative(due, schedule.Now)})." : string.Empty;
        console.MarkupLine(reason + next);
    }

    public static void ProbeSkipped(IAnsiConsole console) =>
        console.MarkupLine("[grey]Follow-up skipped; nothing recorded for it.[/]");

    public static void InputEnded(IAnsiConsole console) =>
        console.MarkupLine("[grey]No answer to the follow-up; moving on.[/]");

    public static void Skipped(IAnsiConsole console) =>
        console.MarkupLine("[grey]No answer given; the session ends here. Nothing was recorded for this story.[/]");

    /// <summary>The end of a session: each story told with its grade, score and next practice, then what is still due.</summary>
    public static void Summary(IAnsiConsole console, SessionSummary summary, PracticeSchedule schedule, TimeZoneInfo zone)
    {
        console.Write(new Rule("[bold]Session summary[/]").LeftJustified());
        console.MarkupLine($"You practised {Counted.Of(summary.Stories.Length, "story", "stories")}. Still due now: {summary.StillDue}.");
        if (!summary.Stories.IsEmpty)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Story");
            table.AddColumn("Grade");
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn("Next practice");
            foreach (var story in summary.Stories)
            {
                table.AddRow(
                    new Markup($"{Markup.Escape(story.Name.Title)}\n[grey]{Markup.Escape(OneLine.Of(story.Question.Text, 60))}{(story.Name.Position is { } position ? " · " + position : string.Empty)}[/]"),
                    new Markup(Grade(story.Grade)),
                    new Markup(Score(story.Overall)),
                    new Text(Dates.Due(story.NextDue, summary.Now, zone)));
            }

            console.Write(table);
        }

        if (schedule.NextDue is { } next)
        {
            console.MarkupLine($"Next story due {Dates.Day(next, zone)} ({Dates.Relative(next, schedule.Now)}). Run [bold]starcoach due[/] for the full schedule.");
        }
    }

    private static string Timing(double seconds, int budget) =>
        seconds > budget
            ? $"{CountdownPrompt.Clock(seconds)} [red]({CountdownPrompt.Clock(seconds - budget)} over the {CountdownPrompt.Clock(budget)} budget)[/]"
            : $"{CountdownPrompt.Clock(seconds)} [green](within {CountdownPrompt.Clock(budget)})[/]";

    private static string Score(int overall) =>
        overall >= 75 ? $"[green]{overall}[/]" : overall >= 55 ? $"[yellow]{overall}[/]" : $"[red]{overall}[/]";

    private static string Grade(Grade grade) => grade switch
    {
        Core.Scheduling.Grade.Again => "[red]Again[/]",
        Core.Scheduling.Grade.Hard => "[yellow]Hard[/]",
        Core.Scheduling.Grade.Good => "[green]Good[/]",
        _ => "[green]Easy[/]",
    };

    private static string LevelColour(int level) => level switch { >= 4 => "green", 3 => "green", 2 => "yellow", _ => "red" };

    private static string Kind(RecallKind kind) => kind switch
    {
        RecallKind.KeyPoint => "key point",
        RecallKind.Figure => "figure",
        RecallKind.Name => "name",
        _ => "decision",
    };

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

}
