using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Practice;

/// <summary>The one sentence that says why an attempt got its grade.</summary>
public sealed class GradeExplanationTests
{
    private static readonly RecallItem SavingTold = new(RecallKind.Figure, RecallStatus.Told, "$8,000", "We saved $8,000 a month on compute.", "about 8,000 dollars");
    private static readonly RecallItem PointTold = new(RecallKind.KeyPoint, RecallStatus.Told, "I moved the batch jobs to spot instances.", "I moved the batch jobs to spot instances.", "I switched the jobs to spot instances.");

    [Fact]
    public void For_TeamToldAsAnotherSize_SaysWhatWasSaidForWhatWasPrepared()
    {
        var recall = new RecallReport([PointTold, new(RecallKind.Figure, RecallStatus.Changed, "2-3 people", "I worked with 2-3 people from finance.", "Five people")], 0.75);

        var why = GradeExplanation.For(GradeMapper.Decide(70, recall.Score, 0, 180), 70, recall, 0, 180);

        Assert.Equal("Good: you told 1 of 2 points of your story; you said five people where you prepared 2-3 people.", why);
    }

    [Fact]
    public void For_MoneyLeftOut_IsHardAndNamesTheFigure()
    {
        var recall = new RecallReport([PointTold, new(RecallKind.Figure, RecallStatus.Missed, "$8,000", "We saved $8,000 a month on compute.", null)], 0.5);

        var why = GradeExplanation.For(GradeMapper.Decide(70, recall.Score, 0, 180), 70, recall, 0, 180);

        Assert.Equal("Hard: you told 1 of 2 points of your story; you left out $8,000 (“We saved $8,000 a month on compute”).", why);
    }

    [Fact]
    public void For_EverythingToldInTime_IsEasy()
    {
        var recall = new RecallReport([PointTold, SavingTold], 1);

        var why = GradeExplanation.For(GradeMapper.Decide(85, 1, -10, 180), 85, recall, -10, 180);

        Assert.Equal("Easy: you told 2 of 2 points of your story, scored 85/100 and finished in time.", why);
    }

    [Fact]
    public void For_LongOverTheBudget_IsHardAndSaysByHowMuch()
    {
        var recall = new RecallReport([PointTold, SavingTold], 1);

        var why = GradeExplanation.For(GradeMapper.Decide(85, 1, 70, 180), 85, recall, 70, 180);

        Assert.Equal("Hard: you told 2 of 2 points of your story, but you ran 1:10 over the 3:00 budget.", why);
    }

    [Fact]
    public void For_GradeTheCandidateChose_SaysItIsTheirsAndWhatWasSuggested()
    {
        var recall = new RecallReport([PointTold, SavingTold], 1);

        var why = GradeExplanation.For(GradeMapper.Decide(70, 1, 0, 180), 70, recall, 0, 180, chosen: Grade.Again);

        Assert.Equal("Again: your grade; StarCoach suggested Good because you told 2 of 2 points of your story and scored 70/100.", why);
    }
}
