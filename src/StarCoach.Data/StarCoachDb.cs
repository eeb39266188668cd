using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>
/// The StarCoach database: user accounts (hosted mode), banks with their questions and answers, and what users
/// add to them (tag overrides, practice attempts, schedule state), and cached sentence embeddings. One model for both providers;
/// each provider has its own subclass so that it has its own migration set.
/// </summary>
public abstract class StarCoachDb(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>Owner id of every bank in local (single-user, no login) mode.</summary>
    public const string LocalUserId = "local";

    public DbSet<StoredBank> Banks => Set<StoredBank>();

    public DbSet<StoredQuestion> Questions => Set<StoredQuestion>();

    public DbSet<StoredAnswer> Answers => Set<StoredAnswer>();

    public DbSet<StoredFollowUp> FollowUps => Set<StoredFollowUp>();

    public DbSet<CompetencyTagOverride> TagOverrides => Set<CompetencyTagOverride>();

    public DbSet<PracticeAttempt> Attempts => Set<PracticeAttempt>();

    public DbSet<ScheduleCard> Cards => Set<ScheduleCard>();

    public DbSet<StoredSource> Sources => Set<StoredSource>();

    public DbSet<StoredCorrection> Corrections => Set<StoredCorrection>();

    public DbSet<EmbeddingCacheEntry> EmbeddingCache => Set<EmbeddingCacheEntry>();

    /// <summary>Keys for cookies and antiforgery tokens, shared by every web node so hosting can scale out.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Waits for this database's start-up turn and holds it until disposed. Processes that start together on one database
    /// (web nodes behind a load balancer, the CLI) migrate one at a time this way, so the next finds the migrations applied
    /// instead of applying them a second time and failing halfway. SQLite needs no turn: EF Core's lock table already
    /// makes the processes of its one machine wait for each other.
    /// </summary>
    public virtual Task<IAsyncDisposable> TakeStartTurnAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IAsyncDisposable>(NoTurn.Instance);

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Ids are assigned in code (Guid.NewGuid) so that rows created during a re-import merge are recognised as new
        // when change tracking finds them through a navigation.
        builder.Entity<StoredBank>().Property(b => b.Id).ValueGeneratedNever();
        builder.Entity<StoredQuestion>().Property(q => q.Id).ValueGeneratedNever();
        builder.Entity<StoredAnswer>().Property(a => a.Id).ValueGeneratedNever();
        builder.Entity<StoredFollowUp>().Property(f => f.Id).ValueGeneratedNever();
        builder.Entity<CompetencyTagOverride>().Property(t => t.Id).ValueGeneratedNever();
        builder.Entity<PracticeAttempt>().Property(a => a.Id).ValueGeneratedNever();
        builder.Entity<StoredCorrection>().Property(c => c.Id).ValueGeneratedNever();

        builder.Entity<StoredBank>(bank =>
        {
            bank.ToTable("banks");
            bank.HasIndex(b => new { b.OwnerId, b.SourceFileName }).IsUnique();
            bank.Property(b => b.OwnerId).HasMaxLength(450);
            bank.Property(b => b.Name).HasMaxLength(300);
            bank.Property(b => b.SourceFileName).HasMaxLength(300);
            bank.Property(b => b.TargetLevel).HasMaxLength(20);
            bank.Property(b => b.Framework).HasMaxLength(20);
            bank.HasMany(b => b.Questions).WithOne(q => q.Bank).HasForeignKey(q => q.BankId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredSource>(source =>
        {
            source.ToTable("bank_sources");
            source.HasKey(s => s.BankId);
            source.Property(s => s.FileName).HasMaxLength(300);
            source.HasOne<StoredBank>().WithOne().HasForeignKey<StoredSource>(s => s.BankId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredCorrection>(correction =>
        {
            correction.ToTable("import_corrections");
            correction.HasIndex(c => new { c.BankId, c.CreatedAt });
            correction.Property(c => c.Kind).HasMaxLength(20);
            correction.Property(c => c.Line).HasMaxLength(ImportCorrection.MaxLineLength);
            correction.HasOne<StoredBank>().WithMany().HasForeignKey(c => c.BankId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredQuestion>(question =>
        {
            question.ToTable("questions");
            question.HasIndex(q => new { q.BankId, q.Ordinal });
            question.Property(q => q.StableId).HasMaxLength(40);
            question.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
            question.HasMany(q => q.FollowUps).WithOne().HasForeignKey(f => f.QuestionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredFollowUp>(followUp =>
        {
            followUp.ToTable("follow_ups");
            followUp.HasOne(f => f.Answer).WithOne().HasForeignKey<StoredAnswer>(a => a.FollowUpId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredAnswer>(answer =>
        {
            answer.ToTable("answers");
            answer.HasIndex(a => new { a.QuestionId, a.Ordinal });
            answer.Property(a => a.StableId).HasMaxLength(40);
            answer.Property(a => a.Kind).HasMaxLength(20);
            answer.Property(a => a.Title).HasMaxLength(StoryTitle.MaxLength);
            answer.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.AnswerId).OnDelete(DeleteBehavior.Cascade);
            answer.HasMany(a => a.TagOverrides).WithOne().HasForeignKey(t => t.AnswerId).OnDelete(DeleteBehavior.Cascade);
            answer.HasMany(a => a.Attempts).WithOne().HasForeignKey(t => t.AnswerId).OnDelete(DeleteBehavior.Cascade);
            answer.HasOne(a => a.Card).WithOne().HasForeignKey<ScheduleCard>(c => c.AnswerId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoredSection>(section =>
        {
            section.ToTable("answer_sections");
            section.HasKey(s => new { s.AnswerId, s.Ordinal });
        });

        builder.Entity<CompetencyTagOverride>(tag =>
        {
            tag.ToTable("competency_tag_overrides");
            tag.HasIndex(t => new { t.AnswerId, t.Framework, t.CompetencyId }).IsUnique();
            tag.Property(t => t.Framework).HasMaxLength(20);
            tag.Property(t => t.CompetencyId).HasMaxLength(80);
        });

        builder.Entity<PracticeAttempt>(attempt =>
        {
            attempt.ToTable("practice_attempts");
            attempt.HasIndex(a => new { a.AnswerId, a.StartedAt });
            attempt.Property(a => a.Mode).HasMaxLength(20);
        });

        builder.Entity<ScheduleCard>(card =>
        {
            card.ToTable("schedule_cards");
            card.HasKey(c => c.AnswerId);
        });

        builder.Entity<EmbeddingCacheEntry>(embedding =>
        {
            embedding.ToTable("embedding_cache");
            embedding.HasKey(e => e.Key);
            embedding.Property(e => e.Key).HasMaxLength(64);
            embedding.Property(e => e.Model).HasMaxLength(120);
        });
    }
}

/// <summary>The SQLite flavour of <see cref="StarCoachDb"/> (local default), with its own migrations.</summary>
public sealed class SqliteStarCoachDb(DbContextOptions<SqliteStarCoachDb> options) : StarCoachDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks-based text it can sort.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcStringConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToUtcStringConverter>();
    }
}

/// <summary>The PostgreSQL flavour of <see cref="StarCoachDb"/> (hosted mode), with its own migrations.</summary>
public sealed class PostgresStarCoachDb(DbContextOptions<PostgresStarCoachDb> options) : StarCoachDb(options)
{
    /// <summary>The advisory lock that is the start-up turn: any number, the same in every StarCoach process ("StarCoac").</summary>
    public const long StartTurnLock = 0x53_74_61_72_43_6F_61_63;

    /// <summary>
    /// The turn is a session advisory lock, held on this context's connection (migrations then run on that connection).
    /// A database that does not exist yet is created first, as migrating would; one created meanwhile by another node is fine.
    /// </summary>
    public override async Task<IAsyncDisposable> TakeStartTurnAsync(CancellationToken cancellationToken = default)
    {
        var creator = this.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it between the check and here.
            }
        }

        await Database.OpenConnectionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({StartTurnLock})", cancellationToken);
        return new Turn(this);
    }

    private sealed class Turn(PostgresStarCoachDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({StartTurnLock})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
