namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for the four <c>star.*-missing</c> rules: parts found by label and by content.</summary>
internal static class StarPartExamples
{
    private static readonly RuleTable Situation = new("star.situation-missing");
    private static readonly RuleTable Task = new("star.task-missing");
    private static readonly RuleTable Action = new("star.action-missing");
    private static readonly RuleTable Result = new("star.result-missing");

    // A plan: right for a hypothetical question, with no situation or result to miss; a story missing for a behavioral one.
    private const string Plan = "First I'd listen to the whole story without interrupting, because people who expect a no are already braced for an argument. "
        + "I'd check the till history for the card they paid with, and if the sale is there I would refund it to the card. "
        + "If it isn't, I'd offer an exchange or store credit and explain the policy in plain words, and I would call the duty manager before I refused anyone outright, "
        + "so the customer hears the same answer from both of us and nobody feels fobbed off.";

    private const string Depot = "Situation: Our depot in Leeds loaded trucks late most mornings because pickers waited for paperwork.\nTask: I was asked to get the trucks out on time.\nAction: I moved the paperwork to the night before, added a scan at the dock and trained the two shift leads.\n";

    public static IEnumerable<RuleExample> All =>
    [
        // The scene is set inside a sentence that also gives the task, or that holds a "will"/"would" told in the past.
        Situation.Quiet("accounting", "At my previous firm, a practice of twelve partners, the senior partner asked me to find out why write-offs had doubled in a year. I pulled every client's time records for two years and compared billed with recorded hours. Most of the gap came from three fixed-fee clients whose scope had grown. I drafted new engagement letters with the partners and agreed change fees with two of the clients. Write-offs fell by 40% the next year."),
        Situation.Quiet("social work", "In my first year as a caseworker, a teenager I'll call Sam was missing school three days a week, and the plan from his last review assumed we'd need a residential placement. I visited the family twice and learned that he was caring for his mother in the mornings. I arranged a carer visit at 7 am and asked the school for a later start for a term. By the summer his attendance was above 90% and the placement was no longer needed."),
        Situation.Fires("retail", "I called the supplier and asked for barcode labels on every tray. I reorganised the rota so that a fourth till opened at eleven. I trained six part-time staff on returns. As a result, waiting time fell from twenty minutes to six and spring sales rose 18%."),
        // A labelled answer that opens at "Task:" with only the goal: the scene is missing, labelled or not.
        Situation.Fires("events", """
            Task: Get the conference back within budget before the venue deposit was due.

            Action: I moved the speaker dinner from the hotel to a local restaurant that charged a fixed price per head, renegotiated the AV package down to two rooms instead of four, and asked three sponsors to cover the coffee breaks in return for signage.

            Result: We came in 6% under budget and kept every session on the programme.
            """),
        Situation.Quiet("events", """
            Task: As the new events coordinator at a charity, I had to get our annual conference back within budget, because the board had cut it by a fifth three weeks before the venue deposit was due.

            Action: I moved the speaker dinner from the hotel to a local restaurant that charged a fixed price per head, renegotiated the AV package down to two rooms instead of four, and asked three sponsors to cover the coffee breaks in return for signage.

            Result: We came in 6% under budget and kept every session on the programme.
            """),
        Situation.Fires("nursing", "I paused the infusion, recalculated the dose with the graduate nurse and called the pharmacist to verify it. I then reported it as a near miss and proposed a weight check in the pump library. The patient never received the wrong rate, and programming errors fell from nine to two per quarter."),
        Situation.Fires("software", "I rewrote the deployment script in Python and added a rollback step. I paired with the two engineers who used it most and documented every flag. Deployments went from forty minutes to six, and we had no failed release for a quarter."),
        // An answer that starts at its first step has no scene, whatever place words the step holds.
        Situation.Fires("warehouse", "So what I did was I stood at the pack bench on the late shift for three nights and timed every order from scan to sealed box, and I found most of the delay was at the tape dispenser. I showed my team leader the timings and she let me try a second dispenser at each bench. I set them up and showed the other packers. The week after, we packed about 120 orders an hour instead of 100."),
        Situation.Quiet("nursing", Stories.Nursing),
        Situation.Quiet("retail", Plan, "How would you handle a customer who wants a refund without a receipt?"),
        Task.Quiet("retail", Plan, "How would you handle a customer who wants a refund without a receipt?"),
        Result.Quiet("retail", Plan, "How would you handle a customer who wants a refund without a receipt?"),
        Result.Fires("retail", Plan, "Tell me about a time you handled a customer who wanted a refund without a receipt."),
        Task.Quiet("software", "- S: On a Friday evening checkout on our Irish site began timing out after a deploy.\n- T: get payments working first, then learn why the canary missed it.\n- A: I rolled the release back in nine minutes and posted updates every quarter hour.\n- R: Checkout recovered by 18:20 and we added a payment probe to the canary."),
        Task.Quiet("nursing", "As charge nurse on a 30-bed surgical ward, I had two night nurses who had stopped speaking after a row about breaks. I met each of them, then both together, and we agreed a written break rota. Handover was calm again within a week and neither raised it at appraisal."),
        Task.Quiet("sales", "In my first year my quota was $300k in new business, and by June I was at 20% of it. I called every customer who had left in the last two years and won back eleven of them. I finished the year at 104% of quota."),
        Situation.Quiet("teaching", Stories.Unlabelled(Stories.Teaching)),
        Situation.Quiet("hospitality", Stories.Unlabelled(Stories.Hospitality)),
        Situation.Quiet("nursing", "At Riverside I stopped an unsafe Friday discharge of a patient with dementia. I documented her fall risk, escalated it at the afternoon bed meeting and found a respite bed with social work. She left safely on Saturday, and the unit now checks caregiver availability before every discharge."),
        Situation.Quiet("logistics", "Context: Our depot in Bristol was losing two pallets a week to damage. I retrained the forklift drivers, changed the racking layout and added a damage log at the dock. Damaged pallets fell from eight a month to one within a quarter."),

        Task.Fires("hospitality", "Situation: At a 120-room hotel in Bath, guests complained that breakfast ran out of hot food by nine.\nAction: I moved two cooks' shifts half an hour later, set up a second serving station and started counting covers every fifteen minutes.\nResult: Complaints about breakfast dropped from twelve a week to one, and food waste fell by 15%."),
        // Told without labels, the task rides on the situation ("guests complained …"): coaches do not ask for it.
        Task.Quiet("hospitality", "At a 120-room hotel in Bath, guests complained that breakfast ran out of hot food by nine. I moved two cooks' shifts half an hour later, set up a second serving station and started counting covers every fifteen minutes. Complaints about breakfast dropped from twelve a week to one, and food waste fell by 15%."),
        Task.Fires("logistics", "Situation: Our warehouse in Leicester shipped about 3,000 orders a day, and mis-picks were running at 2%.\nAction: I walked the pick paths with the team, re-labelled the bins that looked alike and added a scan check at packing.\nResult: Mis-picks fell to 0.4% within six weeks."),
        Task.Fires("teaching", "- S: In my first year at a primary school, reading scores in my Year 3 class were the lowest in the school.\n- A: I introduced paired reading every morning, sent home books that matched each child's level and met parents at the school gate on Fridays.\n- R: By the summer, 80% of the class were reading at the expected level, up from 45%."),
        Task.Quiet("retail", Stories.Unlabelled(Stories.Retail)),
        Task.Quiet("finance", Stories.Unlabelled(Stories.Finance)),
        Task.Quiet("software", Stories.Software),
        Task.Quiet("nursing", "Situation: Our ward's discharge letters were often late.\nOpportunity: I wanted every patient to leave with a letter on the day of discharge.\nAction: I wrote a checklist with the junior doctors and checked it at every afternoon handover.\nResult: Same-day letters went from 55% to 92% in two months."),

        Action.Fires("finance", "At a regional bank, our loan approvals took three weeks and customers were going to competitors. It was a difficult period for the whole branch, and morale was low. In the end, approvals came down to eight days and we won back several business clients."),
        Action.Fires("hospitality", "If a guest complained about noise at night, I would apologise straight away and offer another room. I would also log the complaint so the night manager could spot patterns, and I'd follow up with the guest the next morning."),
        Action.Fires("teaching", "Classroom behaviour is always a challenge in a large secondary school, especially in the last lesson on a Friday. Good routines matter, and teenagers respond to clear expectations and consistent follow-through. The results were much calmer lessons and better grades across the year group."),
        // Steps that fit any problem show none: a coach hears no action in "looked into it and dealt with it".
        Action.Fires("housing", "S: I was a lettings officer for about 400 flats, and in March a tenant reported a leak from the flat above for the second time.\nT: My team leader asked me to resolve it and reply to the tenant within five working days.\nA: I looked into it and dealt with it, working with the relevant teams to get things moving.\nR: The leak was fixed the following week and the tenant thanked us."),
        Action.Fires("retail", "Last Christmas our branch had a huge backlog of online orders waiting to be picked, and the area manager was worried. I worked hard and did my best, and I stayed positive. In the end the backlog was cleared and the area manager was pleased."),
        Action.Quiet("housing", "S: I was a lettings officer for about 400 flats, and in March a tenant reported a leak from the flat above for the second time.\nT: My team leader asked me to resolve it and reply to the tenant within five working days.\nA: I looked into it and found the upstairs shower tray had cracked, booked our plumber for the next morning and wrote to both tenants with the date.\nR: The leak was fixed the following week and the tenant thanked us."),
        // The brief under a "Task:" label is not the action, however many verbs it has.
        Action.Fires("accounts", "Situation - At the June close about 200 invoices were missing after our move to a new finance system, and the controller needed the balances signed off by working day 4.\n\nTask - I was given the 30 largest suppliers and asked to get each statement reconciled to the new ledger by day 4, flagging any gap over £1,000.\n\nResult - All 30 were reconciled by day 4, and I found three disputes worth £5,200 that were credited in July."),
        Action.Quiet("software", Stories.Unlabelled(Stories.Software)),
        Action.Quiet("logistics", Stories.Unlabelled(Stories.Logistics)),
        Action.Quiet("retail", "Situation: Our shop floor was chaotic on Saturdays. Task: I had to make the weekend shifts calmer.\nWe split the floor into zones, we gave each zone an owner and we moved the delivery slot to Friday. Saturday complaints dropped from ten to two."),

        Result.Fires("nursing", "On a busy night shift on the cardiac ward, a new patient's heparin pump was programmed in pounds instead of kilograms. As charge nurse I had to check high-alert infusions. I compared the pump with the order, paused the infusion and called the pharmacist to verify the dose. I then walked the graduate nurse through the calculation."),
        Result.Fires("retail", "Our stockroom was so disorganised that staff spent an hour a day looking for deliveries. My manager asked me to fix it before Christmas. I labelled every shelf by supplier, moved the fast-selling lines near the door and wrote a one-page guide for the evening team."),
        Result.Fires("software", "Situation: Our test suite took ninety minutes and developers had stopped running it locally before pushing their changes.\nTask: I was asked to speed it up.\nAction: I profiled the slowest tests, split them into parallel jobs on the build servers and replaced the shared database with containers."),
        // A figure under "Result:" told of someone else and about nothing the story set out to change is no outcome.
        Result.Fires("plumbing", "Situation: As an apprentice I was sent alone to a flat where the hot water tank kept tripping its fuse.\nTask: My job was to find the fault and either fix it or report back to my supervisor.\nAction: I tested the element and the thermostat, found the thermostat stuck closed and swapped it for a spare from the van.\nResult: It was a good day for me. The tenant was lovely and made me about three cups of coffee."),
        Result.Quiet("retail", "Situation: Click-and-collect parcels arrived at our store in the wrong bay three times in one week.\nTask: I had to keep the customers who were complaining.\nAction: I moved the collection bay next to the tills, phoned each customer and labelled the bays by day.\nResult: The next 40 parcels arrived in the right bay and none of the customers cancelled."),
        // How the candidate felt at the end is not what came of the work.
        Result.Fires("hospitality", "On the Saturday of the food festival our kitchen lost its gas supply an hour before the lunch rush, with about 80 covers booked. I moved the grill dishes onto the two electric ovens, rewrote the menu on the board with the front-of-house lead and phoned the gas engineer. By the end of the night I was completely exhausted, and we all just went home."),
        Result.Quiet("hospitality", "On the Saturday of the food festival our kitchen lost its gas supply an hour before the lunch rush, with about 80 covers booked. I moved the grill dishes onto the two electric ovens, rewrote the menu on the board with the front-of-house lead and phoned the gas engineer. In the end we served 76 of the 80 covers, and only two tables asked for a refund."),
        Result.Quiet("teaching", Stories.Unlabelled(Stories.Teaching)),
        Result.Quiet("software", "FSDP shards a model's parameters, gradients and optimizer state across GPUs, so each GPU holds only a slice. During the forward and backward passes the GPUs gather the slices they need and free them afterwards. It is the usual choice when a model does not fit on one device, and its cost is the extra communication.",
            "Can you explain more about FSDP and where it is used?"),
        Result.Quiet("finance", Stories.Finance),
        Result.Quiet("hospitality", Stories.Unlabelled(Stories.Hospitality)),
        Result.Quiet("logistics", "Situation: Trucks left late most mornings.\nAction: I redrew the bay map and added a scan check before loading.\nOutcome: On-time departures rose from 64% to 97%."),
        // A "Result:" section that only praises the project tells nothing about what the story set out to change.
        Result.Fires("manufacturing", "Situation: Our paint line in Swindon was scrapping about one panel in twelve because of dust in the booth.\nTask: Bring the scrap rate down before the autumn model launch.\nAction: I walked the booth with the maintenance fitter, traced the dust to a torn intake filter and set up a weekly filter check on the line's maintenance board.\nResult: Overall it was a really rewarding project and a great experience for everyone involved, and there was a lot of support from the shift managers."),
        Result.Quiet("manufacturing", "Situation: Our paint line in Swindon was scrapping about one panel in twelve because of dust in the booth.\nTask: Bring the scrap rate down before the autumn model launch.\nAction: I walked the booth with the maintenance fitter, traced the dust to a torn intake filter and set up a weekly filter check on the line's maintenance board.\nResult: The dust marks on the panels stopped within a week, and the launch went ahead with the new line."),
        // In a "Result:" section any figure is an outcome; an event is one when it speaks to the task; praise is not.
        Result.Quiet("logistics", Depot + "Result: Forty per cent fewer late trucks by March."),
        Result.Quiet("logistics", Depot + "Result: The trucks left by six every day after that."),
        Result.Fires("logistics", Depot + "Result: It was a great learning experience and the team really enjoyed it."),
        // A short story that opens mid-action is told its situation is missing.
        Situation.Fires("marketing", "Moved most of the spend from search to short video in week two and rewrote the offer. Cost per lead went from £38 to £21. Learned to test the creative first."),
        // Typed in lower case, "i" is still the candidate acting.
        Action.Quiet("physiotherapy", "ok so the best one is the back pain clinic i set up at our practice in 2023. GP appointments for back pain were taking three weeks and most people just needed advice and exercises. So i wrote a triage script with the reception team, ran a pilot two mornings a week and trained two junior physios to take the slots. Waits went from three weeks to four days and the practice kept the clinic on."),
        // Short, but it got as far as the candidate's steps and stopped there.
        Result.Fires("hospitality", "A guest came to reception furious that his room had not been cleaned by four. He was raising his voice. I apologised and listened, and then I rang housekeeping."),
        Result.Quiet("hospitality", "A guest came to reception furious that his room had not been cleaned by four. I apologised, rang housekeeping and moved him to a ready room. He thanked me at checkout."),
        // Steps joined to one "I" by commas and "and" are actions: "I noticed …, rang the pharmacy, told the doctor".
        Action.Quiet("nursing", "I once missed a patient's four o'clock antibiotic dose when he was away in X-ray. I noticed it twenty minutes later on my drug round, rang the pharmacy to check the timing, gave the dose and told the doctor and the nurse in charge. The patient's infection markers kept falling. Since then I check the chart of every patient who comes back from a test."),
    ];
}
