using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using StarCoach.Core.Practice;
using StarCoach.Core.Review;

namespace StarCoach.Cli.Views;

/// <summary>
/// Reads a typed answer under a visible countdown (a Spectre live display). The clock keeps running past zero and
/// the overrun shows in red; the answer ends with an empty line or Ctrl+D. On a terminal keys are read one by one,
/// so the countdown ticks while the candidate types; piped or injected input is read line by line. Time comes from
/// the injected clock only.
/// </summary>
internal sealed class CountdownPrompt(IAnsiConsole console, TextReader? input, TimeProvider time, Action flush)
{
    private const int BarCells = 30;

    // How often the countdown is redrawn while waiting for keys.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    /// <summary>The answer with its timing, or null when nothing was typed before the input ended.</summary>
    public TimedAnswer? Read(int budgetSeconds)
    {
        var started = time.GetUtcNow();
        var lines = new List<string>();
        var current = new StringBuilder();
        var length = 0;
        IRenderable View() => Render(time.GetUtcNow() - started, budgetSeconds, lines, input is null ? current.ToString() : null);

        console.Live(View())
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .Cropping(VerticalOverflowCropping.Top)
            .Start(context =>
            {
                void Show()
                {
                    context.UpdateTarget(View());
                    context.Refresh();
                    flush();
                }

                // Draw the full budget before the first key or line arrives.
                Show();
                if (input is not null)
                {
                    while (input.ReadLine() is { } line)
                    {
                        if (line.Trim().Length == 0)
                        {
                            if (lines.Count > 0)
                            {
                                break;
                            }

                            continue;
                        }

                        length += line.Length + 1;
                        if (length <= AnswerReviewer.MaxAnswerChars)
                        {
                            lines.Add(line);
                        }

                        Show();
                    }
                }
                else
                {
                    ReadKeys(lines, current, Show);
                }

                Show();
            });

        var text = string.Join('\n', lines).Trim();
        return text.Length == 0 ? null : new TimedAnswer(text, started, (time.GetUtcNow() - started).TotalSeconds);
    }

    private void ReadKeys(List<string> lines, StringBuilder current, Action show)
    {
        var shownSecond = -1L;
        var length = 0;
        while (true)
        {
            if (!console.Input.IsKeyAvailable())
            {
                Thread.Sleep(Tick);
                var second = time.GetUtcNow().ToUnixTimeSeconds();
                if (second != shownSecond)
                {
                    shownSecond = second;
                    show();
                }

                continue;
            }

            if (console.Input.ReadKey(intercept: true) is not { } key)
            {
                continue;
            }

            if (key.KeyChar == '\u0004' || (key.Key == ConsoleKey.D && key.Modifiers.HasFlag(ConsoleModifiers.Control)))
            {
                break;
            }

            if (key.Key == ConsoleKey.Enter)
            {
                if (current.Length == 0 && lines.Count > 0)
                {
                    break;
                }

                if (current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
            }
            else if (key.Key == ConsoleKey.Backspace)
            {
                if (current.Length > 0)
                {
                    current.Length--;
                }
                else if (lines.Count > 0)
                {
                    current.Append(lines[^1]);
                    lines.RemoveAt(lines.Count - 1);
                }
            }
            else if (!char.IsControl(key.KeyChar) && length < AnswerReviewer.MaxAnswerChars)
            {
                current.Append(key.KeyChar);
                length++;
            }
            else if (key.Key == ConsoleKey.Tab)
            {
                current.Append(' ');
            }

            show();
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }
    }

    /// <summary>The countdown (or overrun) with a bar, and the answer so far.</summary>
    internal static IRenderable Render(TimeSpan elapsed, int budgetSeconds, List<string> lines, string? typing)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        var left = budgetSeconds - seconds;
        var filled = (int)Math.Round(Math.Clamp(left / budgetSeconds, 0, 1) * BarCells);
        var timer = left >= 0
            ? $"[bold]⏱ {Clock(Math.Ceiling(left))} left[/] of {Clock(budgetSeconds)}  [green]{new string('█', filled)}[/][grey]{new string('░', BarCells - filled)}[/]"
            : $"[bold red]⏱ {Clock(-left)} over[/] the {Clock(budgetSeconds)} budget  [red]{new string('█', BarCells)}[/]";
        var text = string.Join('\n', typing is null ? lines : [.. lines, typing + "▏"]);
        var body = text.Length == 0
            ? new Markup("[grey]Type your answer. An empty line or Ctrl+D ends it.[/]")
            : (IRenderable)new Text(text);
        return new Rows(new Markup(timer), new Panel(body).Border(BoxBorder.Rounded).Expand());
    }

    /// <summary>Seconds as m:ss.</summary>
    internal static string Clock(double seconds)
    {
        var whole = (int)Math.Floor(Math.Max(0, seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}
