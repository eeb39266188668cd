using Npgsql;

namespace StarCoach.Testing;

/// <summary>A throw-away database per test fixture on the PostgreSQL server named by <c>STARCOACH_TEST_POSTGRES</c>.</summary>
public static class ScratchPostgres
{
    /// <summary>Environment variable with a PostgreSQL connection string (role with CREATEDB) for the tests.</summary>
    public const string Variable = "STARCOACH_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static string NewName() => $"starcoach_test_{Guid.NewGuid():N}";

    /// <summary>The connection string of <paramref name="database"/> on the test server, unpooled so nothing stays open.</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database, Pooling = false }.ToString();

    /// <summary>
    /// Drops the database. DROP DATABASE waits for a checkpoint, which on a busy two-core machine running other suites
    /// can take longer than the default 30-second command timeout, so it gets room and a second try. A database that
    /// still cannot be dropped is reported on standard error and left for the throw-away server: cleaning up scratch data
    /// is not behaviour under test and must not fail the tests that ran.
    /// </summary>
    public static void Drop(string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false, Timeout = 60, CommandTimeout = 300 };
                using var connection = new NpgsqlConnection(builder.ToString());
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
                command.ExecuteNonQuery();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                if (attempt == 2)
                {
                    Console.Error.WriteLine($"ScratchPostgres: could not drop {database} ({e.Message}); left on the test server.");
                    return;
                }
            }
        }
    }
}
