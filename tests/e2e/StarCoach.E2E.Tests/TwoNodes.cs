using StarCoach.Testing;

namespace StarCoach.E2E.Tests;

/// <summary>
/// Two web nodes in hosted mode on one new PostgreSQL database, started at the same moment, behind haproxy on loopback
/// (round robin, forwarded headers, no sticky sessions), as docs/hosting.md sets them up. The proxy names the node that
/// answered in <see cref="NodeHeader"/>.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public const string Haproxy = "/usr/sbin/haproxy";

    /// <summary>The response header in which the proxy names the node that answered: <c>a</c> or <c>b</c>.</summary>
    public const string NodeHeader = "X-StarCoach-Node";

    private readonly string _database = ScratchPostgres.NewName();
    private readonly List<ChildProcess> _processes = [];

    /// <summary>Why the cluster cannot run here, or null when it can.</summary>
    public static string? Missing { get; } =
        ScratchPostgres.Server is null ? $"{ScratchPostgres.Variable} is not set; scripts/test.sh starts PostgreSQL and sets it."
        : !File.Exists(Haproxy) ? "haproxy is not installed; scripts/test.sh installs it."
        : null;

    public static string Logs { get; } = Directory.CreateDirectory(Path.Combine(AppServer.RepositoryRoot, "artifacts", "two-nodes")).FullName;

    public string NodeA { get; } = $"http://127.0.0.1:{ChildProcess.FreePort()}";

    public string NodeB { get; } = $"http://127.0.0.1:{ChildProcess.FreePort()}";

    public string Proxy { get; } = $"http://127.0.0.1:{ChildProcess.FreePort()}";

    /// <summary>The database both nodes use.</summary>
    public string ConnectionString => ScratchPostgres.ConnectionString(_database);

    public async ValueTask InitializeAsync()
    {
        if (Missing is not null)
        {
            return;
        }

        try
        {
            // The same settings on both nodes, and no database yet: both create, migrate and key it at once.
            var environment = new Dictionary<string, string>
            {
                ["StarCoach__Mode"] = "hosted",
                ["Database__Provider"] = "postgres",
                ["ConnectionStrings__StarCoach"] = ConnectionString,
            };
            var a = ChildProcess.StartWebApp(NodeA, environment, Path.Combine(Logs, "node-a.log"));
            _processes.Add(a);
            var b = ChildProcess.StartWebApp(NodeB, environment, Path.Combine(Logs, "node-b.log"));
            _processes.Add(b);

            var config = Path.Combine(Logs, "haproxy.cfg");
            await File.WriteAllTextAsync(config, HaproxyConfig(new Uri(Proxy).Port, new Uri(NodeA).Port, new Uri(NodeB).Port));
            var proxy = ChildProcess.Start(Haproxy, ["-f", config, "-db"], Logs, new Dictionary<string, string>(), Path.Combine(Logs, "haproxy.log"));
            _processes.Add(proxy);

            await Task.WhenAll(a.WaitUntilAnswersAsync(NodeA + "/account/login"), b.WaitUntilAnswersAsync(NodeB + "/account/login"));
            await proxy.WaitUntilAnswersAsync(Proxy + "/account/login");
            await UntilTheProxySendsToBothAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        _processes.Clear();
        if (Missing is null)
        {
            ScratchPostgres.Drop(_database);
        }
    }

    // The proxy checks a node twice before it sends it visitors, so the node that started second joins a few seconds later.
    private async Task UntilTheProxySendsToBothAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen.Count < 2)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"haproxy sent requests only to node {string.Join(", ", seen)} within 60 s (see {Logs}).");
            }

            using var response = await http.GetAsync(Proxy + "/account/login");
            if (response.Headers.TryGetValues(NodeHeader, out var nodes))
            {
                seen.UnionWith(nodes);
            }

            await Task.Delay(200);
        }
    }

    /// <summary>The proxy of docs/hosting.md on loopback, naming the node that answered.</summary>
    private static string HaproxyConfig(int port, int nodeA, int nodeB) => $"""
        global
            maxconn 256

        defaults
            mode http
            timeout connect 5s
            timeout client 120s
            timeout server 120s
            option forwardfor

        frontend starcoach
            bind 127.0.0.1:{port}
            http-request set-header X-Forwarded-Proto http
            default_backend nodes

        backend nodes
            balance roundrobin
            http-response set-header {NodeHeader} %[srv_name]
            server a 127.0.0.1:{nodeA} check
            server b 127.0.0.1:{nodeB} check

        """;
}
