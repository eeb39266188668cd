using Spectre.Console;
using StarCoach.Core.Scheduling;

namespace StarCoach.Cli.Views;

/// <summary>
/// Asks after an attempt whether the candidate keeps the grade: "Grade: Good — press Enter to keep, or type
/// again/hard/good/easy". On a terminal it asks again until the answer is a grade or empty; a piped line that is
/// not a grade keeps it, with a note, so a script never hangs.
/// </summary>
internal static class GradePrompt
{
    /// <summary>The words a grade is typed as.</summary>
    public const string Choices = "again/hard/good/easy";

    /// <summary>The grade typed instead of <paramref name="current"/>, or null to keep it.</summary>
    public static Grade? Ask(IAnsiConsole console, TextReader? input, Grade current)
    {
        var question = $"Grade: [bold]{current}[/] — press Enter to keep, or type {Choices}:";
        if (input is null)
        {
            var typed = console.Prompt(new TextPrompt<string>(question)
                .AllowEmpty()
                .Validate(text => text.Trim().Length == 0 || Parse(text) is not null, $"Type one of {Choices}, or press Enter to keep {current}."));
            return Changed(Parse(typed), current);
        }

        console.MarkupLine(question);
        var line = input.ReadLine() ?? string.Empty;
        if (line.Trim().Length > 0 && Parse(line) is null)
        {
            console.MarkupLine($"[grey]'{Markup.Escape(line.Trim())}' is not one of {Choices}; keeping {current}.[/]");
        }

        return Changed(Parse(line), current);
    }

    /// <summary>The grade a word names ("easy", "Hard"), or null.</summary>
    public static Grade? Parse(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "again" => Grade.Again,
            "hard" => Grade.Hard,
            "good" => Grade.Good,
            "easy" => Grade.Easy,
            _ => null,
        };

    private static Grade? Changed(Grade? chosen, Grade current) => chosen is { } grade && grade != current ? grade : null;
}
