namespace StarCoach.Web.Hosting;

/// <summary>How the web app runs: <c>StarCoach:Mode</c> and friends in configuration.</summary>
public sealed class StarCoachOptions
{
    public const string Section = "StarCoach";

    /// <summary><c>local</c> (default: one user, no login, loopback only) or <c>hosted</c> (accounts, many users).</summary>
    public string Mode { get; set; } = "local";

    /// <summary>Import the sample bank when a local database is created, so the app opens on something.</summary>
    public bool SampleBank { get; set; } = true;

    /// <summary>Compute sentence embeddings for matching in the background as soon as a bank is imported.</summary>
    public bool IndexOnImport { get; set; } = true;

    public bool IsHosted => string.Equals(Mode, "hosted", StringComparison.OrdinalIgnoreCase);
}
