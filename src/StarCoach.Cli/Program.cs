using System.Text;
using Spectre.Console;
using StarCoach.Cli;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
try
{
    return CliApp.Run(args, new CliStreams(console, stdout, stderr));
}
finally
{
    stdout.Flush();
}
