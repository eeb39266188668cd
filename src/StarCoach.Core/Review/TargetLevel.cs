using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Review;

/// <summary>The seniority an answer is reviewed for: it sets the word budget and the expected scope.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TargetLevel>))]
public enum TargetLevel
{
    /// <summary>Early career (IC3, L3, E3, SDE1).</summary>
    Junior,

    /// <summary>Mid level (IC4, L4, E4, SDE2).</summary>
    Mid,

    /// <summary>Senior (IC5, L5, E5, SDE3).</summary>
    Senior,

    /// <summary>Staff (IC6, L6, E6).</summary>
    Staff,

    /// <summary>Senior staff and principal (IC7, L7, L8, E7).</summary>
    Principal,
}

/// <summary>Parses target levels and the company ladders people name them by.</summary>
/// <remarks>
/// Mapping: <c>junior</c> = IC3, L3, E3, SDE1 (also IC1/IC2, L1/L2);
/// <c>mid</c> = IC4, L4, E4, SDE2; <c>senior</c> = IC5, L5, E5, SDE3;
/// <c>staff</c> = IC6, L6, E6; <c>principal</c> = IC7, L7, L8, E7 (also E8, IC8, "senior staff", "distinguished").
/// </remarks>
public static class TargetLevels
{
    /// <summary>The level used when none is given: most behavioral loops people prepare for are senior loops.</summary>
    public const TargetLevel Default = TargetLevel.Senior;

    /// <summary>The accepted spellings, for help text.</summary>
    public const string Accepted = "junior, mid, senior, staff, principal (or IC3–IC7, L3–L8, E3–E7, SDE1–SDE3)";

    /// <summary>
    /// The spellings of <see cref="Accepted"/> as a menu offers them: the level names, then each company ladder by rung.
    /// Every one parses (<see cref="TryParse"/>) to the level it stands for.
    /// </summary>
    public static IReadOnlyList<(string Ladder, IReadOnlyList<string> Names)> Choices { get; } =
    [
        ("Level", ["junior", "mid", "senior", "staff", "principal"]),
        ("IC ladder", ["IC3", "IC4", "IC5", "IC6", "IC7"]),
        ("L ladder (Google)", ["L3", "L4", "L5", "L6", "L7", "L8"]),
        ("E ladder (Meta)", ["E3", "E4", "E5", "E6", "E7"]),
        ("SDE ladder (Amazon)", ["SDE1", "SDE2", "SDE3"]),
    ];

    /// <summary>The spelling of <see cref="Choices"/> that <paramref name="text"/> is (any case), or null.</summary>
    public static string? Choice(string? text) =>
        Choices.SelectMany(c => c.Names).FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>How a chosen spelling reads: "senior", or "IC5 (senior)" for a ladder's rung.</summary>
    public static string Describe(string choice) =>
        TryParse(choice, out var level) && !string.Equals(Name(level), choice, StringComparison.OrdinalIgnoreCase) ? $"{choice} ({Name(level)})" : choice;

    private static readonly Dictionary<string, TargetLevel> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["junior"] = TargetLevel.Junior,
        ["entry"] = TargetLevel.Junior,
        ["mid"] = TargetLevel.Mid,
        ["midlevel"] = TargetLevel.Mid,
        ["intermediate"] = TargetLevel.Mid,
        ["senior"] = TargetLevel.Senior,
        ["sr"] = TargetLevel.Senior,
        ["staff"] = TargetLevel.Staff,
        ["principal"] = TargetLevel.Principal,
        ["seniorstaff"] = TargetLevel.Principal,
        ["distinguished"] = TargetLevel.Principal,
        ["sde1"] = TargetLevel.Junior,
        ["sde2"] = TargetLevel.Mid,
        ["sde3"] = TargetLevel.Senior,
        ["sdei"] = TargetLevel.Junior,
        ["sdeii"] = TargetLevel.Mid,
        ["sdeiii"] = TargetLevel.Senior,
    };

    /// <summary>Reads a level name or ladder alias; case and spaces, hyphens and underscores are ignored.</summary>
    public static bool TryParse(string? text, out TargetLevel level)
    {
        level = Default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = new string([.. text.Where(c => c is not (' ' or '-' or '_'))]);
        if (Names.TryGetValue(key, out level))
        {
            return true;
        }

        return TryParseLadder(key, out level);
    }

    /// <summary>The level's name as the CLI and JSON write it (<c>senior</c>).</summary>
    public static string Name(TargetLevel level) => level switch
    {
        TargetLevel.Junior => "junior",
        TargetLevel.Mid => "mid",
        TargetLevel.Senior => "senior",
        TargetLevel.Staff => "staff",
        _ => "principal",
    };

    // IC3–IC8, E3–E8 (Meta), L3–L8 (Google): the number is the rung.
    private static bool TryParseLadder(string key, out TargetLevel level)
    {
        level = Default;
        var prefix = key.Length >= 2 && char.IsLetter(key[1]) ? key[..2] : key[..1];
        if (!(prefix.Equals("ic", StringComparison.OrdinalIgnoreCase)
              || prefix.Equals("e", StringComparison.OrdinalIgnoreCase)
              || prefix.Equals("l", StringComparison.OrdinalIgnoreCase))
            || !int.TryParse(key.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rung))
        {
            return false;
        }

        TargetLevel? mapped = rung switch
        {
            >= 1 and <= 3 => TargetLevel.Junior,
            4 => TargetLevel.Mid,
            5 => TargetLevel.Senior,
            6 => TargetLevel.Staff,
            7 or 8 => TargetLevel.Principal,
            _ => null,
        };
        if (mapped is not { } found)
        {
            return false;
        }

        level = found;
        return true;
    }
}
