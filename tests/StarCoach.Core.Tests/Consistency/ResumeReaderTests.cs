using StarCoach.Core.Consistency;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Consistency;

/// <summary>Résumés read from text, Word and PDF find the same jobs.</summary>
public sealed class ResumeReaderTests
{
    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal) { "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS" };

    private static readonly ResumeReader Reader = new(new FixedTime());

    public static TheoryData<string> Formats() => new() { "txt", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_ResumeInAnyFormat_FindsEmployersRolesAndTenure(string format)
    {
        var text = File.ReadAllText(Seeds.Fixture("resume-ml-engineer.txt"));
        var bytes = format switch
        {
            "docx" => DocumentFixtures.Docx(text, Sections),
            "pdf" => DocumentFixtures.Pdf(text, Sections),
            _ => System.Text.Encoding.UTF8.GetBytes(text),
        };

        var result = Reader.Read("resume." + format, bytes);

        Assert.True(result.Succeeded, result.Error);
        Assert.Collection(
            result.Resume.Entries,
            cbre =>
            {
                Assert.Equal("CBRE (client: Google)", cbre.Employer);
                Assert.Equal("Sr. MLOps Engineer", cbre.Role);
                Assert.Equal(8, cbre.Months);
            },
            netApp =>
            {
                Assert.Equal("NetApp", netApp.Employer);
                Assert.Equal("Engineering Manager", netApp.Role);
                Assert.Equal(new DateOnly(2008, 6, 1), netApp.Start);
            });
    }

    [Fact]
    public void Read_CurrentJob_CountsMonthsToToday()
    {
        var resume = Reader.Parse("cv.md", "## Experience\n\n**Initech** | Staff Engineer | Jan 2025 - Present\n- Shipped things.\n");

        var job = Assert.Single(resume.Entries);
        Assert.True(job.IsCurrent);
        Assert.Equal(23, job.Months);
    }

    [Fact]
    public void Read_EmployerOnItsOwnLine_TakesTheLineAbove()
    {
        var resume = Reader.Parse("cv.txt", "EXPERIENCE\nNetApp\nSenior Engineer, 2010 – 2015\n• Built storage analytics.\n\nEDUCATION\nState University, 2006 – 2010\n");

        var job = Assert.Single(resume.Entries);
        Assert.Equal("NetApp", job.Employer);
        Assert.Equal("Senior Engineer", job.Role);
        Assert.Equal(72, job.Months);
    }

    [Fact]
    public void ReadFile_UnreadableResume_SaysWhichFileAndWhatToDo()
    {
        var result = Reader.ReadFile("/nonexistent/cv.docx");

        Assert.False(result.Succeeded);
        Assert.Equal("/nonexistent/cv.docx: file not found; check the path and try again.", result.Error);
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    }
}
