using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StarCoach.Testing;
using StarCoach.Core.Import;

namespace StarCoach.Data.Tests;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file, or a database on the PostgreSQL server named by
/// <c>STARCOACH_TEST_POSTGRES</c> (scripts/test.sh starts one). Stores are built the way the app registers them.
/// </summary>
internal sealed class PracticeDatabase : IAsyncDisposable
{
    public const string PostgresVariable = ScratchPostgres.Variable;

    /// <summary>Monday 3 March 2025, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly Action _drop;

    private PracticeDatabase(ServiceProvider services, FakeTimeProvider clock, Action drop)
    {
        _services = services;
        Clock = clock;
        _drop = drop;
    }

    public FakeTimeProvider Clock { get; }

    public static bool PostgresAvailable => ScratchPostgres.Server is not null;

    /// <param name="upToMigration">The migration to stop at (its name), to test a later one on old data; null migrates fully.</param>
    public static async Task<PracticeDatabase> CreateAsync(string provider, string? upToMigration = null)
    {
        var options = new DatabaseOptions { Provider = provider };
        Action drop;
        if (options.IsPostgres)
        {
            var name = ScratchPostgres.NewName();
            options.ConnectionString = ScratchPostgres.ConnectionString(name);
            drop = () => ScratchPostgres.Drop(name);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"starcoach-data-{Guid.NewGuid():N}.db");
            options.ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = false }.ToString();
            drop = () => File.Delete(path);
        }

        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddStarCoachData(options).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<StarCoachDb>().Database;
            await (upToMigration is null ? database.MigrateAsync() : database.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(upToMigration));
        }

        return new PracticeDatabase(services, clock, drop);
    }

    /// <summary>Applies every migration not applied yet.</summary>
    public Task MigrateAsync() => WithAsync(async (_, _, db) =>
    {
        await db.Database.MigrateAsync();
        return true;
    });

    /// <summary>A store in a scope of its own, as one web request would have.</summary>
    public async Task<T> WithAsync<T>(Func<PracticeStore, BankStore, StarCoachDb, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        return await use(provider.GetRequiredService<PracticeStore>(), provider.GetRequiredService<BankStore>(), provider.GetRequiredService<StarCoachDb>());
    }

    /// <summary>Imports a bank document for <paramref name="owner"/> and returns its id.</summary>
    public Task<Guid> ImportAsync(string owner, string name, string text) =>
        WithAsync(async (_, banks, _) =>
        {
            var bank = new BankImporter().Import(name, System.Text.Encoding.UTF8.GetBytes(text)).Bank!;
            return (await banks.SaveImportAsync(owner, bank))!.BankId;
        });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _drop();
    }
}
