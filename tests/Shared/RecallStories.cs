namespace StarCoach.Testing;

/// <summary>
/// The cost story of the recall pairs (<c>tests/StarCoach.Core.Tests/Fixtures/recall/pairs.json</c>) and its faithful
/// paraphrase, for the CLI and browser tests of recall and grades.
/// </summary>
internal static class RecallStories
{
    /// <summary>A prepared story with money, a team of 2-3 people and five key points.</summary>
    public const string CostStory = """
        Tell me about a time you reduced costs.

        Situation: At Northwind our nightly data pipeline ran on a fleet of oversized virtual machines and the cloud bill kept growing.
        Task: As the data engineer on call, I had to bring the monthly cost down without slowing the morning reports.
        Action: I measured the CPU use of every job and found that most machines sat idle after midnight. I moved the batch jobs to spot instances and added automatic retries for interrupted jobs. I also scheduled the heaviest job after the others so it could reuse their cache. I worked with a team of 2-3 people from finance to track the bill every week.
        Result: We saved $8,000 a month on compute, and the reports were still ready by 7 am.
        """;

    /// <summary>Every point and figure of <see cref="CostStory"/>, told in other words ("about 8,000 dollars", "Two people").</summary>
    public const string CostParaphrase =
        "At Northwind, the nightly pipeline was running on virtual machines that were far too big, so our cloud spending kept going up. I was the on-call data engineer, and my job was to lower the monthly bill while keeping the morning reports on time. First I looked at how much CPU each job actually used, and it turned out most of the machines were doing nothing after midnight. So I switched the batch jobs over to spot instances and built in automatic retries whenever a job got interrupted. I also ran the biggest job last so that it could take advantage of the cache the other jobs had warmed up. Two people from finance and I checked the bill together every week. In the end we cut compute spending by about 8,000 dollars per month, and the reports were still out by 7 am.";
}
