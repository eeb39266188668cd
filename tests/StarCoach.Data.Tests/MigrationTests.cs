using Microsoft.EntityFrameworkCore;
using StarCoach.Data.Entities;

namespace StarCoach.Data.Tests;

/// <summary>Migrations applied to data written before them, on SQLite and on a real PostgreSQL server.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task UniqueBankFileName_BanksMadeTwiceFromOneFile_AreAllKept_TheNewestUnderTheName(string provider)
    {
        Assert.SkipWhen(provider == "postgres" && !PracticeDatabase.PostgresAvailable, $"{PracticeDatabase.PostgresVariable} is not set; scripts/test.sh starts PostgreSQL and sets it.");
        await using var database = await PracticeDatabase.CreateAsync(provider, upToMigration: "ChangeableGrades");
        var older = Guid.NewGuid();
        var newer = Guid.NewGuid();
        await database.WithAsync(async (_, _, db) =>
        {
            db.Banks.Add(Bank(older, PracticeDatabase.Start));
            db.Banks.Add(Bank(newer, PracticeDatabase.Start.AddHours(1)));
            return await db.SaveChangesAsync();
        });

        await database.MigrateAsync();

        var names = await database.WithAsync(async (_, _, db) => await db.Banks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.SourceFileName));
        Assert.Equal("prep.txt", names[newer]);
        Assert.StartsWith("prep.txt (", names[older], StringComparison.Ordinal);
    }

    private static StoredBank Bank(Guid id, DateTimeOffset updatedAt) =>
        new() { Id = id, OwnerId = "local", Name = "Prep", SourceFileName = "prep.txt", ImportedAt = updatedAt, UpdatedAt = updatedAt };
}
