using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using StarCoach.Cli.Commands;
using StarCoach.Cli.Infrastructure;

namespace StarCoach.Cli;

/// <summary>Where a command writes: the console for people, raw stdout for JSON, stderr for errors.</summary>
/// <param name="Console">Rich output for people (tables, colours).</param>
/// <param name="Out">Raw standard output, for machine-readable output such as JSON.</param>
/// <param name="Error">Standard error, for one-line error messages.</param>
/// <param name="In">Standard input when piped in: the answer for <c>review -</c>, the lines for interactive commands; null reads keys from <paramref name="Console"/> instead.</param>
internal sealed record CliStreams(IAnsiConsole Console, TextWriter Out, TextWriter Error, TextReader? In = null);

/// <summary>Builds and runs the <c>starcoach</c> command line.</summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when findings reached the <c>--fail-on</c> level.</summary>
    public const int FindingsFailed = 1;

    /// <summary>Exit code for bad usage or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>What a lone "-" (standard input) reaches commands as: Spectre.Console.Cli reads "-" as an option without a name.</summary>
    public const string StandardInput = "\u0000-";

    /// <summary>The version <c>starcoach --version</c> prints: the package version, without the commit it was built from.</summary>
    public static string Version { get; } =
        (typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <param name="time">The clock for practice timing and scheduling; the system clock when null.</param>
    public static int Run(string[] args, CliStreams streams, TimeProvider? time = null)
    {
        var registrar = new InstanceRegistrar();
        registrar.RegisterInstance(typeof(CliStreams), streams);
        registrar.RegisterInstance(typeof(TimeProvider), time ?? TimeProvider.System);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("starcoach");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(streams.Console);
            config.SetExceptionHandler((exception, _) =>
            {
                streams.Error.WriteLine($"starcoach: {OneLine(exception)}");
                return BadInput;
            });

            // In the order of the workflow, which is the order --help lists them in.
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import a prep document (.txt, .md, .docx, .pdf or StarCoach .json) and show what it holds, or print it as bank JSON.")
                .WithExample("import", "prep.txt")
                .WithExample("import", "prep.md", "--json");

            config.AddCommand<ReviewCommand>("review").WithDescription(ReviewCommand.Description).WithExample(ReviewCommand.Example);

            config.AddCommand<MatchCommand>("match")
                .WithDescription("Find the stories in your bank that best fit a new interview question, and why (offline).")
                .WithExample("match", "prep.txt", "\"Tell me about a time you disagreed with your manager\"")
                .WithExample("match", "prep.txt", "\"Describe a failure\"", "--top", "3", "--json");

            config.AddCommand<CoverageCommand>("coverage")
                .WithDescription("Show which competencies your stories cover, the gaps, and stories used for too many questions.")
                .WithExample("coverage", "prep.txt", "--framework", "amazon")
                .WithExample("coverage", "prep.txt", "--json");

            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check the stories of a bank for contradicting figures, implausible load and, with --resume, what your résumé does not show.")
                .WithExample("check", "prep.txt")
                .WithExample("check", "prep.txt", "--resume", "resume.pdf", "--json");

            config.AddCommand<PracticeCommand>("practice")
                .WithDescription("A timed mock interview on what is due: answer, see the review and what you forgot from your story, answer the follow-ups.")
                .WithExample("practice", "prep.txt")
                .WithExample("practice", "prep.txt", "--mode", "compressed", "--competency", "amazon:ownership", "--count", "2")
                .WithExample("practice", "prep.txt", "--interview-date", "2026-12-14");

            config.AddCommand<DueCommand>("due")
                .WithDescription("Which stories are due for practice now, and when the rest are.")
                .WithExample("due", "prep.txt");

            config.AddCommand<ProgressCommand>("progress")
                .WithDescription("Practice progress: scores over time per rubric dimension and competency, attempts per day, stories never practised, time over budget.")
                .WithExample("progress", "prep.txt", "--framework", "amazon");

            config.AddCommand<ExportCommand>("export")
                .WithDescription("Export a bank as a Markdown prep document, a printable PDF cheat sheet, Anki flashcards or bank JSON.")
                .WithExample("export", "prep.txt", "--to", "pdf", "-o", "cheatsheet.pdf")
                .WithExample("export", "prep.txt", "--to", "anki", "-o", "cards.txt");

            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Start the StarCoach web app (the same app as `dotnet run --project src/StarCoach.Web`).")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://127.0.0.1:8080");
        });

        return app.Run([.. args.Select(a => a == "-" ? StandardInput : a)]);
    }

    private static string OneLine(Exception exception)
    {
        var message = exception switch
        {
            CommandParseException or CommandRuntimeException => exception.Message + " Run 'starcoach --help' for usage.",
            _ => $"unexpected error: {exception.Message.TrimEnd('.')}. Please report it with the command you ran.",
        };
        return message.ReplaceLineEndings(" ").Trim();
    }
}
