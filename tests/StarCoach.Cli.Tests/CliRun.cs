using Spectre.Console.Testing;

namespace StarCoach.Cli.Tests;

/// <summary>Runs the CLI in-process with captured console, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Console, string Out, string Error)
{
    public static CliRun Of(params string[] args) => With(null, null, args);

    /// <summary>Runs with typed input read from <paramref name="input"/> and time from <paramref name="time"/>.</summary>
    public static CliRun With(TextReader? input, TimeProvider? time, params string[] args)
    {
        var console = new TestConsole().Width(120);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new CliStreams(console, stdout, stderr, input ?? TextReader.Null), time);
        return new CliRun(exit, console.Output, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Everything a person or a script would see on standard output.</summary>
    public string StandardOutput => Console + Out;
}
