namespace StarCoach.Data;

/// <summary>Where the data lives: <c>Database:Provider</c> (sqlite | postgres) and <c>ConnectionStrings:StarCoach</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>sqlite</c> (default: a file in the user's data folder) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The connection string; for SQLite, defaults to <see cref="DefaultSqlitePath"/>.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>$XDG_DATA_HOME/starcoach/starcoach.db</c>, or <c>~/.local/share/starcoach/starcoach.db</c>.</summary>
    public static string DefaultSqlitePath()
    {
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "starcoach", "starcoach.db");
    }
}
