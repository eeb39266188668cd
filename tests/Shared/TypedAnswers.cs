namespace StarCoach.Testing;

/// <summary>
/// Typed answers in the shapes candidates type or paste them (plain prose, wrapped lines, bullets, literal "\n",
/// "Situation:" lines, "- S:" bullets, bold labels), shared by the Core, CLI and web tests so that every entry
/// point is checked to give the same review of the same text.
/// </summary>
internal static class TypedAnswers
{
    public const string Question = "Tell me about a time you improved a process. What was the result?";

    /// <summary>Well told in every way but one: the team's part, never the candidate's, so a coach sends it back.</summary>
    public const string TeamOnly = "At a 120-room hotel in Bath, guests complained that breakfast ran out of hot food by nine. We moved two cooks' shifts half an hour later, we set up a second serving station and we started counting covers every fifteen minutes. We also agreed a new order with the bakery so that the pastries arrived by seven instead of half past eight, and we put a card on each table asking guests to tell us if anything had run out. For the first two weeks we checked the counts with the head chef every morning and adjusted the amounts of eggs, sausages and hash browns day by day. Complaints about breakfast dropped from twelve a week to one, and food waste fell by 15%.";

    /// <summary>The question <see cref="TeamOnly"/> answers.</summary>
    public const string TeamOnlyQuestion = "Tell me about a time you improved something for customers.";

    public static readonly string[] All =
    [
        "We shipped late every month. Then I split the release into two trains and wrote the checklist myself! Did it work? Yes, lead time fell by 3.5 days.",
        "The ward ran out of beds every winter\nbecause discharges waited for pharmacy.\n\nI moved the pharmacy round to 9 am and ran it for a month, and discharges before noon doubled.",
        "Steps I took:\n• I mapped the close\n• I built one template\n1. I trained two juniors\nThe close went from 15 days to 9.",
        "The close took 15 days.\\n\\nI rebuilt the template and we tested it on two entities.\\nIt now takes 9.",
        "Situation: Our depot missed 30% of its slots.\nTask: I had to fix loading by June.\nAction: I redrew the bay map and added a scan check.\nResult: On-time departures rose to 97%.",
        "- S: Tickets were reopened a day later.\n- T: I owned the chat queue.\n- A: I added a confirmation step and coached four agents.\n- R: Reopens fell from 18% to 6%.",
        "**Situation:** Two supervisors argued about Sunday shifts.\n**Action:** I met each of them and agreed a rota.\n**Result:** Complaints stopped within a month.",
        "I'm a very patient person. I always listen to customers and I usually fix their problems on the first call. Customers often thank me.",
    ];
}
