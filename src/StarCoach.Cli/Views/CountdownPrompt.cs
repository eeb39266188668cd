using System.Globalization;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using StarCoach.Core.Practice;
using StarCoach.Core.Review;

namespace StarCoach.Cli.Views;

/// <summary>
/// Reads a typed answer under a visible countdown (a Spectre live display). The clock keeps running past zero and
/// the overrun shows in red; the answer ends with an empty line or Ctrl+D. A follow-up waits for Enter before its
/// clock starts, and an empty line (or Ctrl+D) before any text skips it. On a terminal keys are read one by one, so
/// the countdown ticks while the candidate types; piped or injected input is read line by line. Time comes from the
/// injected clock only.
/// </summary>
internal sealed class CountdownPrompt(IAnsiConsole console, TextReader? input, TimeProvider time, Action flush)
{
    private const int BarCells = 30;

    // How often the countdown is redrawn while waiting for keys.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    // A key typed at "Press Enter when ready": the first character of the answer.
    private char? _firstKey;

    /// <summary>The answer with its timing, or null when nothing was typed before the input ended.</summary>
    public TimedAnswer? Read(int budgetSeconds) => Read(budgetSeconds, skippable: false, [], time.GetUtcNow()).Answer;

    /// <summary>
    /// A follow-up's answer: waits for Enter ("Press Enter when ready") before the countdown starts, so reading the
    /// review costs no time; an empty line or Ctrl+D before any text skips it. Piped input that goes straight to the
    /// answer counts its first line as typed after the countdown started.
    /// </summary>
    public FollowUpReply ReadFollowUp(int budgetSeconds)
    {
        var before = time.GetUtcNow();
        if (input is not null)
        {
            if (input.ReadLine() is not { } line)
            {
                return new FollowUpReply(FollowUpOutcome.InputEnded, null);
            }

            return line.Trim().Length == 0
                ? Read(budgetSeconds, skippable: true, [], time.GetUtcNow())
                : Read(budgetSeconds, skippable: true, [line], before);
        }

        while (true)
        {
            if (!console.Input.IsKeyAvailable())
            {
                Thread.Sleep(Tick);
                continue;
            }

            if (console.Input.ReadKey(intercept: true) is not { } key)
            {
                continue;
            }

            if (key.KeyChar == '\u0004' || (key.Key == ConsoleKey.D && key.Modifiers.HasFlag(ConsoleModifiers.Control)))
            {
                return new FollowUpReply(FollowUpOutcome.Skipped, null);
            }

            if (key.Key == ConsoleKey.Enter)
            {
                return Read(budgetSeconds, skippable: true, [], time.GetUtcNow());
            }

            if (!char.IsControl(key.KeyChar))
            {
                _firstKey = key.KeyChar;
                return Read(budgetSeconds, skippable: true, [], time.GetUtcNow());
            }
        }
    }

    private FollowUpReply Read(int budgetSeconds, bool skippable, List<string> seed, DateTimeOffset started)
    {
        var lines = new List<string>(seed);
        var current = new StringBuilder();
        if (_firstKey is { } first)
        {
            current.Append(first);
            _firstKey = null;
        }

        var skipped = false;
        var length = 0;
        IRenderable View() => Render(time.GetUtcNow() - started, budgetSeconds, lines, input is null ? current.ToString() : null, skippable);

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

                            if (skippable)
                            {
                                skipped = true;
                                break;
                            }

                            continue;
                        }

                        length += line.Length + 1;
                        if (length <= AnswerReviewer.MaxTypedChars)
                        {
                            lines.Add(line);
                        }

                        Show();
                    }
                }
                else
                {
                    skipped = ReadKeys(lines, current, Show, skippable) && skippable;
                }

                Show();
            });

        var text = string.Join('\n', lines).Trim();
        if (text.Length > 0)
        {
            return new FollowUpReply(FollowUpOutcome.Answered, new TimedAnswer(text, started, (time.GetUtcNow() - started).TotalSeconds));
        }

        return new FollowUpReply(skipped ? FollowUpOutcome.Skipped : FollowUpOutcome.InputEnded, null);
    }

    /// <summary>Reads keys into the answer; true when it ended before any text (an empty Enter or Ctrl+D).</summary>
    private bool ReadKeys(List<string> lines, StringBuilder current, Action show, bool skippable)
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
                if (current.Length == 0)
                {
                    // An empty line ends the answer, or, before any text, skips it (a follow-up) or waits (a question).
                    if (lines.Count > 0 || skippable)
                    {
                        break;
                    }

                    continue;
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
            else if (!char.IsControl(key.KeyChar) && length < AnswerReviewer.MaxTypedChars)
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

        return lines.Count == 0;
    }

    /// <summary>The countdown (or overrun) with a bar, and the answer so far.</summary>
    internal static IRenderable Render(TimeSpan elapsed, int budgetSeconds, List<string> lines, string? typing, bool skippable = false)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        var left = budgetSeconds - seconds;
        var filled = (int)Math.Round(Math.Clamp(left / budgetSeconds, 0, 1) * BarCells);
        var timer = left >= 0
            ? $"[bold]⏱ {Clock(Math.Ceiling(left))} left[/] of {Clock(budgetSeconds)}  [green]{new string('█', filled)}[/][grey]{new string('░', BarCells - filled)}[/]"
            : $"[bold red]⏱ {Clock(-left)} over[/] the {Clock(budgetSeconds)} budget  [red]{new string('█', BarCells)}[/]";
        var text = string.Join('\n', typing is null ? lines : [.. lines, typing + "▏"]);
        var body = text.Length == 0
            ? new Markup(skippable
                ? "[grey]Type your answer. An empty line or Ctrl+D ends it; enter an empty line now to skip this follow-up.[/]"
                : "[grey]Type your answer. An empty line or Ctrl+D ends it.[/]")
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

/// <summary>How a follow-up was met.</summary>
internal enum FollowUpOutcome
{
    /// <summary>The candidate answered it.</summary>
    Answered,

    /// <summary>The candidate passed on it (an empty line or Ctrl+D before any text).</summary>
    Skipped,

    /// <summary>The input ended (piped input ran out): no more answers will come.</summary>
    InputEnded,
}

/// <summary>A follow-up's outcome and, when answered, the answer with its timing.</summary>
internal readonly record struct FollowUpReply(FollowUpOutcome Outcome, TimedAnswer? Answer);
