using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Tests;

/// <summary>What a hosted node does with the database before it serves, which the nodes after it rely on.</summary>
public sealed class NodeStartTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"starcoach-start-{Guid.NewGuid():N}.db");

    private async Task<WebApplication> PreparedNodeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StarCoachSetup).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["StarCoach:Mode"] = "hosted",
            ["Database:Provider"] = "sqlite",
            ["ConnectionStrings:StarCoach"] = $"Data Source={_path};Foreign Keys=True;Pooling=False",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        var app = builder.AddStarCoach().Build();
        await app.PrepareDatabaseAsync();
        return app;
    }

    private static async Task<List<string>> KeysAsync(WebApplication node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StarCoachDb>().DataProtectionKeys
            .Select(key => key.FriendlyName!).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task PrepareDatabaseAsync_NewDatabase_HasItsKeyBeforeTheNodeServes_AndTheNextNodeKeepsIt()
    {
        // Made in the start-up turn, not when the node starts serving: a node starting meanwhile finds it instead of making its own.
        await using var first = await PreparedNodeAsync();
        var keys = await KeysAsync(first);
        Assert.Single(keys);

        await using var second = await PreparedNodeAsync();
        Assert.Equal(keys, await KeysAsync(second));
    }

    public void Dispose() => File.Delete(_path);
}
