using Spectre.Console;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>The practice schedule for people: what is due now, then when each other story is.</summary>
internal static class DueView
{
    private const int QuestionWidth = 50;

    public static void Render(IAnsiConsole console, string bankName, PracticeSchedule schedule, TimeZoneInfo zone)
    {
        var due = schedule.Stories.Count(s => s.Status == DueStatus.Due);
        var fresh = schedule.Stories.Count(s => s.Status == DueStatus.New);
        console.MarkupLine($"[bold]{Markup.Escape(bankName)}[/]: [red]{due} due[/] and [yellow]{fresh} never practised[/] now, {schedule.Stories.Length - due - fresh} later.");
        if (schedule.Interview is { } interview)
        {
            console.MarkupLine($"Interview on [bold]{Dates.Day(interview, zone)}[/] ({Dates.Relative(interview, schedule.Now)}).");
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Story");
        table.AddColumn("Question");
        table.AddColumn("When");
        table.AddColumn(new TableColumn("Practised").RightAligned());
        var number = 0;
        foreach (var story in schedule.Stories)
        {
            number++;
            var name = StoryName.For(story.Question, story.Answer);
            var when = story.Status switch
            {
                DueStatus.New => "[yellow]now (new)[/]",
                DueStatus.Due => $"[red]now[/] (due {Markup.Escape(Dates.Relative(story.DueAt!.Value, schedule.Now))})",
                _ => $"{Markup.Escape(Dates.Day(story.DueAt!.Value, zone))} ({Markup.Escape(Dates.Relative(story.DueAt!.Value, schedule.Now))})",
            };
            table.AddRow(
                new Text(number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Markup($"[bold]{Markup.Escape(name.Title)}[/]"),
                new Markup(Markup.Escape(OneLine.Of(story.Question.Text, QuestionWidth)) + (name.Position is { } position ? $"\n[grey]{position}[/]" : string.Empty)),
                new Markup(when),
                new Text(story.Card is { } card ? $"{card.Reps}×" : "—"));
        }

        console.Write(table);
        if (schedule.NextDue is { } next)
        {
            console.MarkupLine($"Next story due after now: [bold]{Dates.Day(next, zone)}[/] ({Dates.Relative(next, schedule.Now)}).");
        }

        console.MarkupLine("[grey]Practise what is due with: starcoach practice BANK[/]");
    }
}
