using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Web.Hosting;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach serve [--urls URL]</c>: runs the web app in the foreground until Ctrl+C.</summary>
internal sealed class ServeCommand(CliStreams streams) : AsyncCommand<ServeCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen (default http://127.0.0.1:5180). Local mode accepts loopback addresses only.")]
        public string? Urls { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var args = new List<string>();
        if (!string.IsNullOrWhiteSpace(settings.Urls))
        {
            args.AddRange(["--urls", settings.Urls]);
        }

        args.AddRange(context.Remaining.Raw);
        try
        {
            return await StarCoachSetup.RunAsync([.. args]);
        }
        catch (InvalidOperationException e)
        {
            await streams.Error.WriteLineAsync($"starcoach: {e.Message}");
            return CliApp.BadInput;
        }
    }
}
