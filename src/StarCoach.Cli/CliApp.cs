using Spectre.Console;
using Spectre.Console.Cli;
using StarCoach.Cli.Commands;
using StarCoach.Cli.Infrastructure;

namespace StarCoach.Cli;

/// <summary>Where a command writes: the console for people, raw stdout for JSON, stderr for errors.</summary>
/// <param name="Console">Rich output for people (tables, colours).</param>
/// <param name="Out">Raw standard output, for machine-readable output such as JSON.</param>
/// <param name="Error">Standard error, for one-line error messages.</param>
/// <param name="In">Standard input, for commands that read it (<c>review -</c>); the process's own when null.</param>
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

    public static int Run(string[] args, CliStreams streams)
    {
        var registrar = new InstanceRegistrar();
        registrar.RegisterInstance(typeof(CliStreams), streams);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("starcoach");
            config.ConfigureConsole(streams.Console);
            config.SetExceptionHandler((exception, _) =>
            {
                streams.Error.WriteLine($"starcoach: {OneLine(exception)}");
                return BadInput;
            });

            config.AddCommand<ImportCommand>("import")
                .WithDescription("Import a prep document (.txt, .md or StarCoach .json) and show what it holds, or print it as bank JSON.")
                .WithExample("import", "prep.txt")
                .WithExample("import", "prep.md", "--json");

            config.AddCommand<ReviewCommand>("review").WithDescription(ReviewCommand.Description).WithExample(ReviewCommand.Example);

            config.AddCommand<ServeCommand>("serve")
                .WithDescription("Start the StarCoach web app (the same app as `dotnet run --project src/StarCoach.Web`).")
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://127.0.0.1:8080");

            config.AddCommand<MatchCommand>("match")
                .WithDescription("Find the stories in your bank that best fit a new interview question, and why (offline).")
                .WithExample("match", "prep.txt", "\"Tell me about a time you disagreed with your manager\"")
                .WithExample("match", "prep.txt", "\"Describe a failure\"", "--top", "3", "--json");

            config.AddCommand<CoverageCommand>("coverage")
                .WithDescription("Show which competencies your stories cover, the gaps, and stories used for too many questions.")
                .WithExample("coverage", "prep.txt", "--framework", "amazon")
                .WithExample("coverage", "prep.txt", "--json");
        });

        return app.Run([.. args.Select(a => a == "-" ? StandardInput : a)]);
    }

    private static string OneLine(Exception exception)
    {
        var message = exception switch
        {
            CommandParseException or CommandRuntimeException => exception.Message + " Run 'starcoach --help' for usage.",
            _ => $"unexpected error ({exception.GetType().Name}: {exception.Message}). Please report it with the command you ran.",
        };
        return message.ReplaceLineEndings(" ").Trim();
    }
}
