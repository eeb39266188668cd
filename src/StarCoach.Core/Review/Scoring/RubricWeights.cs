namespace StarCoach.Core.Review;

/// <summary>
/// How the overall score is made: each dimension's level (1–4) becomes 0, 1/3, 2/3 or all of its weight, and the
/// weights add up to 100. Structure and impact weigh most because interviewers score the story and its result.
/// </summary>
public static class RubricWeights
{
    public const int Structure = 25;
    public const int Ownership = 15;
    public const int Impact = 20;
    public const int Scope = 15;
    public const int Reflection = 10;
    public const int Delivery = 15;

    /// <summary>The weight of a dimension.</summary>
    public static int Of(RubricDimension dimension) => dimension switch
    {
        RubricDimension.Structure => Structure,
        RubricDimension.Ownership => Ownership,
        RubricDimension.Impact => Impact,
        RubricDimension.Scope => Scope,
        RubricDimension.Reflection => Reflection,
        _ => Delivery,
    };

    /// <summary>The overall score from 0 to 100 of the given levels, rounded half away from zero.</summary>
    public static int Overall(IEnumerable<RubricScore> scores)
    {
        var total = 0.0;
        foreach (var score in scores)
        {
            total += Of(score.Dimension) * (score.Level - 1) / 3.0;
        }

        return (int)Math.Round(total, MidpointRounding.AwayFromZero);
    }

    /// <summary>The name of a level: 1 Poor, 2 Borderline, 3 Solid, 4 Outstanding.</summary>
    public static string Label(int level) => level switch
    {
        <= 1 => "Poor",
        2 => "Borderline",
        3 => "Solid",
        _ => "Outstanding",
    };
}
