namespace StarCoach.Core.Tests.Review;

/// <summary>
/// Well-told STAR stories from several professions: situation, task, own actions and a measured result. They are
/// the "must not fire" rows of most rule tables, labelled and unlabelled (judged by content alone).
/// </summary>
internal static class Stories
{
    public const string Nursing = """
        Situation: Last winter I was the charge nurse on a 28-bed medical ward at St Mary's when flu admissions doubled in two weeks and we were short three nurses on every night shift.
        Task: I had to keep patients safe and stop the overtime that was burning out my team, without closing beds.
        Action: I reviewed the acuity scores for every patient each evening and rebuilt the assignments so that no nurse had more than two high-risk patients. I asked the bed manager for a float nurse from the surgical ward and showed her our falls and medication-error numbers to make the case. I set up a fifteen-minute safety huddle at the start of each shift, where I flagged the patients most likely to deteriorate. I also trained two healthcare assistants to take routine observations, which freed the registered nurses for medication rounds. When one of the new graduates struggled, I paired her with an experienced nurse for a week and checked in with her after every shift.
        Result: Over the next six weeks we had zero medication errors, falls dropped from five to one, and overtime hours fell by 40%. The ward manager adopted the huddle for every shift, and two other wards copied it the following month.
        Lessons learned: I learned to ask for help early with data in hand; since then I bring the acuity numbers to every staffing conversation.
        """;

    public const string Retail = """
        Situation: In my second year as assistant manager at a busy garden centre, our Saturday queues at the tills regularly reached twenty minutes and customers were leaving full trolleys behind.
        Task: My manager asked me to cut the waiting time before the spring season, when sales double.
        Action: I spent two Saturdays timing each step at the tills and found that most of the delay came from pricing plants without barcodes. I worked with our supplier to get barcode labels printed on every tray, and I reorganised the staff rota so that a fourth till opened automatically at 11 a.m. I trained six part-time staff on the returns process, so that a single difficult return no longer blocked a whole queue. I also put a colleague with a handheld scanner at the back of the longest queue to pre-scan large orders.
        Result: Average waiting time fell from twenty minutes to six, abandoned trolleys almost disappeared, and spring sales were 18% higher than the year before. Head office rolled the handheld scanners out to eleven other stores.
        """;

    public const string Teaching = """
        Situation: When I joined a secondary school in Leeds as a maths teacher, my Year 10 set had the lowest homework completion in the department, around 40%, and several students had already given up on the subject.
        Task: As their class teacher I wanted every student to be ready for the mock exams in March.
        Action: I met each student for five minutes to find out why homework was not happening, and learned that many had no quiet place to work at home. I started a homework club twice a week in my classroom after school and persuaded the library to stay open on Thursdays. I rewrote the homework tasks into short, ten-minute sets with worked examples, and I phoned parents with good news whenever a student handed in three sets in a row. I shared the approach at a department meeting, and two colleagues tried it with their own sets.
        Result: Homework completion rose to 85% by the end of the term, and the class average in the March mock went up by a full grade compared with the previous year's group. The head of department made the short sets the standard for Key Stage 4.
        """;

    public const string Finance = """
        Situation: At a mid-sized logistics company, I was the financial analyst responsible for the monthly close, which took twelve working days and kept the leadership team waiting for numbers.
        Task: The CFO asked me to bring the close down to five days within two quarters without adding staff.
        Action: I mapped every step of the close with the accounting team and found that most of the time went on reconciling intercompany invoices by hand. I built a shared reconciliation template and automated the matching with a few macros, then agreed a cut-off calendar with the three regional finance leads so that invoices arrived on time. I ran weekly check-ins with the regional leads, and when one region kept missing the cut-off, I sat with their controller to rework their approval flow. I documented the new process and trained two junior accountants to run it.
        Result: The close went from twelve days to five in the second quarter, saving roughly 120 hours a month, and the CFO now presents results in the first week of the month.
        """;

    public const string Hospitality = """
        Situation: I was the front office supervisor at a 200-room city hotel when online reviews started mentioning slow check-ins, and our rating had slipped from 4.5 to 4.1 in three months.
        Task: The general manager gave me the goal of getting check-in under five minutes and the rating back above 4.4 by the summer.
        Action: I observed the desk during the evening peak and noticed that staff re-typed booking details that guests had already entered online. I worked with our booking system vendor to pre-fill registration cards overnight, and I changed the rota so that the most experienced receptionist covered the 6 p.m. rush. I coached the team on a short greeting script and set up a small express desk for guests who had checked in online. Each week I read every review that mentioned arrival and shared the good ones with the team.
        Result: Average check-in time dropped from eleven minutes to four, and our rating climbed back to 4.6 by July. The regional director asked me to present the express desk to four other hotels in the group.
        """;

    public const string Logistics = """
        Situation: As a shift lead at a regional distribution centre, I noticed that trucks were leaving late on two out of three mornings because pallets were staged in the wrong bays.
        Task: I was responsible for the outbound dock, and my goal was to get on-time departures above 95% before peak season.
        Action: I walked the dock with the night team and saw that bay labels had been changed without updating the picking screens. I redrew the bay map with the warehouse manager, got the IT team to update the screens in one weekend, and introduced a two-minute check where the loader scans the bay before loading. I coached the newer loaders on the check myself for the first two weeks and posted the daily on-time rate on the board by the dock doors.
        Result: On-time departures rose from 64% to 97% within a month, and we cut overtime on the dock by about 30 hours a week. The site manager made the bay scan part of the standard operating procedure for all three shifts.
        """;

    public const string Software = """
        Situation: At a payments start-up, our checkout service failed for about 2% of card payments every Friday evening, and the on-call engineers had no idea why.
        Task: As the senior engineer on the payments team, I owned the reliability of checkout, so I took on finding the cause and stopping the failures.
        Action: I pulled three weeks of logs and traced the failures to a connection pool that ran dry when a weekly reporting job started. I proposed moving the report to a read replica, wrote the design note, and got buy-in from the data team, who owned the job. I added an alert on pool saturation and load-tested the change with the SRE team before the next Friday. I also wrote a short runbook so that whoever was on call would know what to check.
        Result: Friday failures went from 2% to zero, we avoided about $40,000 a month in lost payments, and the runbook format was adopted by two other teams.
        """;

    /// <summary>Every story, labelled ("Situation: …"), with its profession.</summary>
    public static IEnumerable<(string Profession, string Text)> All =>
    [
        ("nursing", Nursing),
        ("retail", Retail),
        ("teaching", Teaching),
        ("finance", Finance),
        ("hospitality", Hospitality),
        ("logistics", Logistics),
        ("software", Software),
    ];

    /// <summary>The story as one paragraph without its labels: the parts must be found by content.</summary>
    public static string Unlabelled(string story) =>
        string.Join(' ', story.Split('\n').Select(line => StripLabel(line.Trim())));

    private static string StripLabel(string line)
    {
        foreach (var label in (string[])["Situation: ", "Task: ", "Action: ", "Result: ", "Lessons learned: "])
        {
            if (line.StartsWith(label, StringComparison.Ordinal))
            {
                return line[label.Length..];
            }
        }

        return line;
    }
}
