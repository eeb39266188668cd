using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StarCoach.Testing;

namespace StarCoach.Data.Tests;

/// <summary>Several processes starting at the same moment on one new PostgreSQL database, as web nodes behind a load balancer do.</summary>
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task TakeStartTurnAsync_ThreeNodesMigratingANewDatabaseAtOnce_AllStartOnOneSchema()
    {
        Assert.SkipUnless(PracticeDatabase.PostgresAvailable, $"{PracticeDatabase.PostgresVariable} is not set; scripts/test.sh starts PostgreSQL and sets it.");
        var name = ScratchPostgres.NewName();
        var options = new DatabaseOptions { Provider = "postgres", ConnectionString = ScratchPostgres.ConnectionString(name) };
        var nodes = Enumerable.Range(0, 3).Select(_ => new ServiceCollection().AddSingleton(TimeProvider.System).AddStarCoachData(options).BuildServiceProvider()).ToList();
        try
        {
            // Each node as the app starts: its own services and connection; none waits for another before it begins.
            await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
            {
                await using var scope = node.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<StarCoachDb>();
                await using (await db.TakeStartTurnAsync(TestContext.Current.CancellationToken))
                {
                    await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
                }
            })));

            await using var check = nodes[0].CreateAsyncScope();
            var database = check.ServiceProvider.GetRequiredService<StarCoachDb>().Database;
            Assert.Empty(await database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.Equal(database.GetMigrations().Count(), (await database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).Count());
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            ScratchPostgres.Drop(name);
        }
    }
}
