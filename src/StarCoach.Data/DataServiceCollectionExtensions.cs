using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;

namespace StarCoach.Data;

/// <summary>Registers the StarCoach database for the configured provider.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="StarCoachDb"/> (SQLite or PostgreSQL), <see cref="BankStore"/>, <see cref="PracticeStore"/> and the
    /// <see cref="PracticeCoach"/> it uses (with any <see cref="IProbeSource"/> registered, and recall by meaning with the shipped
    /// MiniLM model unless another <see cref="SentenceMeaning"/> is registered first). Both stores need a
    /// <see cref="TimeProvider"/> registered by the host.
    /// </summary>
    public static IServiceCollection AddStarCoachData(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            var connection = options.ConnectionString
                ?? throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:StarCoach is not set.");
            services.AddDbContextPool<StarCoachDb, PostgresStarCoachDb>(db => db.UseNpgsql(connection));
        }
        else
        {
            var connection = SqliteConnectionString(options.ConnectionString);
            services.AddDbContextPool<StarCoachDb, SqliteStarCoachDb>(db => db.UseSqlite(connection));
        }

        services.AddScoped<BankStore>();
        services.AddScoped<TagOverrideStore>();
        services.AddScoped<CorrectionStore>();
        services.TryAddSingleton(_ => SentenceMeaning.Shared);
        services.TryAddSingleton(sp => new PracticeCoach(sp.GetService<AnswerReviewer>() ?? new AnswerReviewer(), sp.GetServices<IProbeSource>(), meaning: sp.GetRequiredService<SentenceMeaning>()));
        services.AddScoped<PracticeStore>();
        return services;
    }

    /// <summary>The SQLite connection string, creating the data folder for the default location.</summary>
    public static string SqliteConnectionString(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var path = DatabaseOptions.DefaultSqlitePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true, Pooling = true }.ToString();
    }
}
