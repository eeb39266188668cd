using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StarCoach.Data;

namespace StarCoach.Cli.Infrastructure;

/// <summary>
/// The database practice commands keep attempts and schedules in: the same local SQLite file the web app uses, or
/// <c>--db PATH</c>, or <c>ConnectionStrings__StarCoach</c> (with <c>Database__Provider=postgres</c> for PostgreSQL).
/// Migrations are applied on open.
/// </summary>
internal sealed class PracticeDatabase : IAsyncDisposable
{
    /// <summary>The environment variable the web app also reads for its connection string.</summary>
    public const string ConnectionVariable = "ConnectionStrings__StarCoach";

    /// <summary>The environment variable that selects PostgreSQL (<c>postgres</c>) instead of SQLite.</summary>
    public const string ProviderVariable = "Database__Provider";

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private PracticeDatabase(ServiceProvider services, string location, bool isDefault)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
        Location = location;
        IsDefault = isDefault;
    }

    /// <summary>Where the data is, for messages: a file path, or the provider for a connection string.</summary>
    public string Location { get; }

    /// <summary>True when neither <c>--db</c> nor <see cref="ConnectionVariable"/> chose it: the web app's local file.</summary>
    public bool IsDefault { get; }

    public BankStore Banks => _scope.ServiceProvider.GetRequiredService<BankStore>();

    public PracticeStore Practice => _scope.ServiceProvider.GetRequiredService<PracticeStore>();

    /// <summary>Opens (creating and migrating when needed) the database; null with a one-line error when it cannot.</summary>
    public static async Task<(PracticeDatabase? Database, string? Error)> OpenAsync(string? path, TimeProvider time, CancellationToken cancellationToken)
    {
        var options = new DatabaseOptions();
        string location;
        if (!string.IsNullOrWhiteSpace(path))
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return (null, $"{path}: is a folder; give --db the path of a database file.");
            }

            var folder = Path.GetDirectoryName(full);
            if (folder is not null && !Directory.Exists(folder))
            {
                return (null, $"{path}: folder {folder} does not exist.");
            }

            options.ConnectionString = new SqliteConnectionStringBuilder { DataSource = full, ForeignKeys = true, Pooling = false }.ToString();
            location = full;
        }
        else if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } connection)
        {
            options.ConnectionString = connection;
            options.Provider = Environment.GetEnvironmentVariable(ProviderVariable) ?? "sqlite";
            location = $"{ConnectionVariable} ({(options.IsPostgres ? "PostgreSQL" : "SQLite")})";
        }
        else
        {
            location = DatabaseOptions.DefaultSqlitePath();
        }

        var services = new ServiceCollection().AddSingleton(time).AddStarCoachData(options).BuildServiceProvider();
        var database = new PracticeDatabase(services, location, isDefault: options.ConnectionString is null);
        try
        {
            var db = database._scope.ServiceProvider.GetRequiredService<StarCoachDb>();
            await using (await db.TakeStartTurnAsync(cancellationToken))
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            return (database, null);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or ArgumentException or DbUpdateException or System.Data.Common.DbException)
        {
            await database.DisposeAsync();
            return (null, $"cannot open the practice database at {location}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }
}
