using System.Text;
using Spectre.Console;
using StarCoach.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
try
{
    // Typed answers are read key by key on a terminal (so the countdown keeps running), line by line when piped.
    var input = Console.IsInputRedirected ? Console.In : null;
    return CliApp.Run(args, new CliStreams(console, stdout, stderr, input));
}
finally
{
    stdout.Flush();
}
