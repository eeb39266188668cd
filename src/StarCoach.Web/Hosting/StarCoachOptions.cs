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

    /// <summary>
    /// Hosted mode: the addresses of the reverse proxies in front of the app (comma-separated). Only their
    /// X-Forwarded-For and X-Forwarded-Proto are believed, so the client's address and HTTPS are known (cookies are then
    /// marked Secure); with none, forwarded headers are ignored.
    /// </summary>
    public string KnownProxies { get; set; } = string.Empty;

    /// <summary>Hosted mode: hours a sign-in lasts without a visit; each visit renews it.</summary>
    public double SessionHours { get; set; } = 12;

    /// <summary>Hosted mode: sign-in and registration attempts allowed per client address per minute.</summary>
    public int AccountAttemptsPerMinute { get; set; } = 10;

    /// <summary>Hosted mode: uploads allowed per user in ten minutes.</summary>
    public int UploadsPerTenMinutes { get; set; } = 30;

    /// <summary>Hosted mode: megabytes of imported documents each user may keep (the database holds about 2.5 times that).</summary>
    public int DocumentMegabytesPerUser { get; set; } = 100;

    public bool IsHosted => string.Equals(Mode, "hosted", StringComparison.OrdinalIgnoreCase);
}
