using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StarCoach.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteStarCoachDb</c> build the model without the web app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStarCoachDb>
{
    public SqliteStarCoachDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStarCoachDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresStarCoachDb</c> build the model without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStarCoachDb>
{
    public PostgresStarCoachDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStarCoachDb>().UseNpgsql("Host=localhost;Database=starcoach_design").Options);
}
