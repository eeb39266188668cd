using Spectre.Console.Testing;

namespace StarCoach.Cli.Tests;

/// <summary>Runs the CLI in-process with captured console, stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Console, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var console = new TestConsole().Width(120);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new CliStreams(console, stdout, stderr));
        return new CliRun(exit, console.Output, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Everything a person or a script would see on standard output.</summary>
    public string StandardOutput => Console + Out;
}
