using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace StarCoach.Web.Hosting;

/// <summary>
/// The one line a person starting StarCoach waits for: once it listens, where to open it. The first <c>dotnet run</c>
/// restores and builds for a while with nothing to show; this line says it is over. It replaces the host's own start-up
/// log lines (content root, environment, "Press Ctrl+C"), which are filtered out in <c>appsettings.json</c>.
/// </summary>
public static class ReadyLine
{
    /// <summary>Writes the line to <paramref name="output"/> when the app has started listening.</summary>
    public static WebApplication AnnounceWhenReady(this WebApplication app, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var hosted = app.Services.GetRequiredService<IOptions<StarCoachOptions>>().Value.IsHosted;
            output.WriteLine(Of(addresses, hosted));
            output.Flush();
        });
        return app;
    }

    /// <summary>"StarCoach is ready: open http://127.0.0.1:5180"; a hosted node says where it listens instead.</summary>
    public static string Of(IEnumerable<string> addresses, bool hosted)
    {
        var listening = addresses.ToList();
        if (listening.Count == 0)
        {
            return "StarCoach is ready.";
        }

        // A hosted node is opened through its proxy, not at the address it listens on (often every interface).
        return hosted
            ? $"StarCoach is ready: listening on {string.Join(", ", listening)}"
            : $"StarCoach is ready: open {listening[0]}";
    }
}
