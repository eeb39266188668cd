using StarCoach.Core.Review;
namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>
/// Rows for the findings a coach gives on what a story says: no specific time, a guide instead of a story,
/// blame on others, a conflict won rather than learned from. Each firing row has a quiet twin that tells the
/// same events well, so the rules read how the story is told rather than its topic.
/// </summary>
internal static class CoachFindingExamples
{
    private static readonly RuleTable General = new("answer.no-specific-instance");
    private static readonly RuleTable Guide = new("answer.generic-guide");
    private static readonly RuleTable Blame = new("ownership.blames-others");
    private static readonly RuleTable ProvedRight = new("reflection.proved-right");
    private static readonly RuleTable ResultMissing = new("star.result-missing");
    private static readonly RuleTable ActionMissing = new("star.action-missing");
    private static readonly RuleTable Unquantified = new("result.unquantified");

    public static IEnumerable<RuleExample> All =>
    [
        General.Fires("hospitality", """
            I'm a people person and I love making guests feel welcome. As a front desk supervisor I deal with unhappy guests every week, usually about noise or rooms that are not ready. I always listen first, apologise and offer a practical solution such as an upgrade or a late checkout. Most guests leave happy and often mention me in their reviews.
            """, "Tell me about a time you dealt with an unhappy guest."),
        General.Fires("finance", """
            In my experience month-end is always stressful, because data arrives late from the regions. I tend to start my reconciliations early and I usually chase the business units for their numbers a few days ahead. I believe clear communication is key. Over the years this approach has kept our close on schedule most months.
            """, "Tell me about a time you worked under a tight deadline."),
        General.Fires("nursing", """
            On a busy ward there are many situations where patients deteriorate quickly. Whenever that happens I stay calm, assess the patient using the ABCDE approach and escalate to the doctor if needed. I always document everything clearly. We work well as a team and patients get the care they need.
            """, "Describe a time you cared for a patient whose condition got worse."),
        // A short answer can be all habit too.
        General.Fires("accounting", "I am a very organised person and I always reconcile my accounts before the deadline. Accuracy is important to me, so I check every figure twice.",
            "Tell me about a time you caught an error in your work."),
        // The first person in the present tells a habit: "First, I listen …, then I gather …".
        General.Fires("social care", """
            When a family is unhappy with a care plan, I start by listening to their concerns without interrupting. Next, I gather the visit notes and the risk assessment so the conversation rests on facts. Then I arrange a meeting with the family and the team leader and explain what we can change. I keep the person we support at the centre of every decision.
            """, "Tell me about a time a family disagreed with a care plan."),
        General.Quiet("hospitality", """
            Last August a wedding party of forty arrived at our hotel to find that twelve of their rooms had been double-booked by a conference. I was the duty manager that night. I called three partner hotels within a mile, secured twelve rooms at our rate, and arranged a shuttle every half hour. I also gave each affected couple breakfast at our hotel so the party stayed together. The bride's father wrote to the general manager to thank us, and the wedding booked its anniversary dinner with us.
            """, "Tell me about a time you dealt with an unhappy guest."),
        General.Quiet("nursing", Stories.Nursing),
        General.Quiet("finance", Stories.Unlabelled(Stories.Finance)),

        Guide.Fires("sales", """
            This question tests whether you can handle rejection. Interviewers want to hear that you learn from a lost deal rather than blame the customer. Start with the size of the deal and why it mattered. Then explain what you did at each stage and be honest about where it slipped. Finish with what you now do differently in your pipeline reviews. Keep your answer under two minutes.
            """, "Tell me about a time you lost a deal."),
        // Numbered steps told as orders to the reader: a guide, however much it knows about the job.
        Guide.Fires("journalism", """
            Mistakes in print happen in every newsroom, and there are some principles a good sub-editor follows. First, be open: publish the correction where readers will see it and say what was wrong. Second, act quickly, because an error left online for a day is copied everywhere. Third, trace the error back to where it started. Next, contact the people it affected before they read about it. And finally, record it so the whole desk learns. Readers forgive errors much more easily than cover-ups.
            """, "Tell me about a time you corrected a mistake in published work."),
        Guide.Fires("teaching", """
            A good answer to this question shows that you put the student's wellbeing first. Describe the behaviour calmly and avoid labelling the student. Explain how you followed the school's behaviour policy and who you involved, such as parents or the pastoral lead. Make sure you mention what changed for the student afterwards. You should also show that you reflected on your own classroom practice.
            """, "Tell me about a time you handled a difficult student."),
        Guide.Fires("software", """
            Tips for answering:
            - Pick an incident where you were directly involved in the fix.
            - Describe the impact on your users in numbers if you can.
            - Walk the interviewer through your debugging steps in order.
            - Avoid jargon that the panel may not follow.
            - End with the follow-up actions you put in place so that it did not happen again.
            """, "Tell me about a production incident you handled."),
        // A question site's page: its headings around a stock answer in no one's life.
        Guide.Fires("retail", """
            Sample interview question: How do you handle a customer who wants a refund without a receipt?

            Sample answer: As a store assistant I stay calm and explain the returns policy. I check whether the purchase can be found on the card system, and if not I offer an exchange or store credit where the policy allows it.

            Related questions: How do you deal with an angry customer? Why do you want to work in retail?
            """, "Tell me about a time you handled a refund request without a receipt."),
        // An unfilled template is nobody's story yet.
        Guide.Fires("operations", """
            As [Your Role] at [Company], I noticed that [process] was taking too long. I mapped the steps, removed two approvals and trained the team on the new flow. As a result, cycle time fell by [X%] and the team saved [number] hours a month.
            """, "Tell me about a time you improved a process."),
        Guide.Quiet("sales", """
            Last spring I lost a $90k renewal with a logistics customer. I had relied on one champion, and when she left, nobody else there knew our product. Looking back, I should have built relationships with their operations team months earlier. I asked the customer for a debrief call, learned that the new director had never seen a demo, and shared the notes with my manager. Since then I map at least three contacts on every account over $50k, and my renewal rate rose from 78% to 91% the following year.
            """, "Tell me about a time you lost a deal."),
        Guide.Quiet("teaching", Stories.Teaching),
        Guide.Quiet("software", Stories.Software),

        // Another person's repeated fault ("kept …ing") is blame; the candidate's own persistence is not.
        Blame.Fires("warehouse", "On my last team a picker, Marek, kept skipping the scan at packing, so his orders kept going out wrong and the customers kept ringing us. I told him twice that it was hurting the whole shift. In the end I took it to the shift manager with a list of the orders, and Marek was moved to goods-in. Mis-ships dropped after that."),
        Blame.Quiet("warehouse", "Our packing bench kept running out of boxes on Mondays. I kept trying small fixes until one stuck: I moved the box order from Friday to Wednesday and set a reorder line on the shelf. We have not run out since."),
        Blame.Fires("logistics", """
            Last winter our depot missed its delivery targets for three weeks. The night shift was completely disorganised and kept missing the loading deadlines, and the planning team had given us routes that made no sense. I escalated it to the operations manager twice. In the end the targets were missed again, but honestly that was out of my control, because I can't load the trucks myself.
            """, "Tell me about a time you missed a target."),
        Blame.Fires("marketing", """
            I ran the launch campaign for our new app last year. The agency we hired was careless with the brief and delivered the creative two weeks late, and the product team kept changing the release date without telling me. I did my best to keep the schedule together, but the launch got only half the sign-ups we had planned. It wasn't my fault that nobody told me about the new date.
            """, "Tell me about a project that did not go as planned."),
        Blame.Fires("nursing", """
            On one night shift the handover I received was sloppy and left out that a patient was nil by mouth before surgery. The day nurse was always rushing and never listened when we raised it. The patient was given breakfast and the operation was postponed. I reported it, but it was her fault, not mine, and there was nothing I could do with the information I had.
            """, "Tell me about a time something went wrong at work."),
        Blame.Quiet("logistics", """
            Last winter our depot missed its delivery targets for three weeks. The night shift was short of two loaders, and the routes from planning did not match the new bay layout. I should have raised the layout change with planning before it went live. I sat with the planners for a morning, redrew the loading sequence with the shift lead, and covered two nights myself while we recruited. By February on-time departures were back to 96%.
            """, "Tell me about a time you missed a target."),
        Blame.Quiet("marketing", """
            I ran the launch campaign for our new app last year. The creative arrived two weeks late because my brief to the agency had left the audience open, so they produced two directions. I rewrote the brief with one audience and a sample ad, moved our paid spend back a week, and agreed a weekly check-in with the product team about the release date. The launch reached 80% of the planned sign-ups, and I now write briefs with a worked example.
            """, "Tell me about a project that did not go as planned."),
        // What other people failed to do, told twice, with fault placed on them in so many words.
        Blame.Fires("pharmacy", """
            I was asked about a dispensing error I made at my last pharmacy. The locum who handed over to me hadn't flagged that the patient's dose had changed, and the surgery didn't update the repeat slip either, so I dispensed the old strength. The patient noticed at home and rang us, and I swapped the tablets the same afternoon and filled in the incident form. Honestly the real failings were in the handover and at the surgery.
            """, "Tell me about a mistake you made at work."),
        Blame.Quiet("pharmacy", """
            I dispensed the wrong strength of a blood-pressure tablet at my last pharmacy: the dose had changed that morning and I worked from the old repeat slip without checking the new prescription. The patient noticed at home and rang us. I swapped the tablets that afternoon, told the pharmacist and filled in the incident form. I should have checked the prescription against the slip, and I now do that for every repeat with a changed dose.
            """, "Tell me about a mistake you made at work."),
        // A look back or an apology owns nothing: the miss is put down to circumstances and other people.
        Blame.Fires("estate agency", """
            Last spring at a lettings branch in Reading I was set twelve new landlords for the quarter and signed six. Looking back it was really a perfect storm. Two of the portfolio landlords we were talking to sold up with no warning, which nobody could have predicted, and the referencing team don't chase the tenants we send them, so deals sat for weeks. I apologised to the landlords and kept my viewings up, so the effort was there. It was just the market that quarter.
            """, "Tell me about a time you missed a target."),
        // Polite blame: "nothing more I could have done" disowns, its "I could have" owns nothing.
        Blame.Fires("payroll", """
            I want to be fair to everyone, because it was a hard quarter. Our December payroll for 600 staff went out a day late. The HR team sent the starters and leavers file two days after the cut-off, and the bank's portal was down on the Thursday, which was on their side. I had my own checks done on time, as I always do, and I chased HR twice. Without their file there was nothing more I could have done. The lesson for the business was that HR needed a firmer cut-off.
            """, "Tell me about a time you missed a deadline."),
        Blame.Quiet("retail", Stories.Retail),
        // Disowning with a softener inside it: "wasn't really down to me", "not me personally".
        Blame.Fires("planning", """
            Last year a building-control application I was handling went past its eight-week deadline and the applicant complained. To be fair, the delay wasn't really down to me. The new case system had gone live a month earlier and it didn't warn anyone about deadlines. I explained all of this in my reply to the complaint. The complaint was partly upheld against the department, not me personally, and IT later added a deadline report.
            """, "Describe a time you made a mistake at work."),
        // Blame that opens by denying it, with an admission made only on paper.
        Blame.Fires("pharmacy", """
            I don't like to point fingers, and I want to be fair to the team. At the pharmacy where I was a dispenser, a customer was handed another patient's inhaler. Technically I was on the counter, so I suppose it was my mistake. But the labels had been printed by the locum, who was new and in a hurry, and the pharmacist hadn't checked the bag before it went out, which she usually does. I'm not saying they are bad people, it was a very busy week. It got sorted and the customer was fine.
            """, "Tell me about a time you made a mistake."),
        // Motives and deflection put on others, and a "lesson" about what they should do.
        Blame.Fires("civil engineering", """
            On a bridge refurbishment the client's project director chose a cheaper bearing supplier against my written advice, mostly because he was playing politics with procurement. I built the temporary works to his specification anyway. When two bearings failed their load test, his team tried to say it was our installation. The test report showed a casting defect and the supplier replaced them. The lesson for me is that clients should listen to the engineers on site.
            """, "Tell me about a time you disagreed with a client."),
        Blame.Quiet("civil engineering", """
            On a bridge refurbishment the client's project director chose a cheaper bearing supplier against my written advice. I asked what mattered most to him and it was the budget line, so I priced a middle option and asked for a load test on the first delivery. Two bearings failed the test, I had them replaced under warranty, and we finished a week late but on budget. I now put a test step into any supplier change I advise against, instead of arguing longer.
            """, "Tell me about a time you disagreed with a client."),

        // A question about challenging someone asks for a conflict story; "I was proven completely right" wins it.
        ProvedRight.Fires("procurement", """
            The facilities director wanted to renew our security contract with the incumbent without a tender, and I thought the price had crept up too far. I pulled three years of invoices, showed him the rate had risen 30% and ran a quick tender with four bidders. A cheaper bidder scored higher on the site visits and we awarded to them, saving about £40k a year. He was unhappy at the time, but I was proven completely right.
            """, "Tell me about a time you challenged a senior colleague's decision."),
        ProvedRight.Fires("finance", """
            Our controller wanted to keep the old accruals spreadsheet for the audit, and I disagreed because it had broken links. I told him it was unreliable and raised it with the finance director. She agreed with me and we moved the accruals into the ledger. When the auditors found two errors in the old file, it proved I was right.
            """, "Tell me about a time you disagreed with your manager."),
        ProvedRight.Fires("teaching", """
            A colleague in my department wanted to set the Year 11 mock on content we had not finished teaching. I argued that it would demoralise the students and took it to the head of department, who sided with me. We did it my way and set the mock on the first two units. The results were much better than the year before, so in the end I was right.
            """, "Tell me about a conflict with a colleague."),
        ProvedRight.Fires("engineering", """
            During a design review I had a disagreement with the lead engineer about the pump material. He wanted to keep stainless steel and I pushed for a duplex alloy because of the chloride levels. I ran the corrosion calculation and presented it to the project manager, who agreed with me. Six months later the stainless units on a sister plant failed, which showed they were wrong.
            """, "Tell me about a disagreement with a colleague."),
        ProvedRight.Quiet("finance", """
            Our controller wanted to keep the old accruals spreadsheet for the audit, and I disagreed because it had broken links. I asked him what worried him about moving, and it was the time to rebuild the reports. I offered to rebuild them myself over two weekends, and he agreed. The audit closed with no accrual findings. I learned to ask what the other person is protecting before arguing for my option.
            """, "Tell me about a time you disagreed with your manager."),
        ProvedRight.Quiet("teaching", """
            A colleague in my department wanted to set the Year 11 mock on content we had not finished teaching. We disagreed, so I suggested we look at last year's results together. She agreed to a split paper: two units we had taught and one short section as a preview. The average grade rose by half a grade, and since then we plan mocks together at the start of each term.
            """, "Tell me about a conflict with a colleague."),
        ProvedRight.Quiet("retail", Stories.Retail),
        // The other side conceding is a vindication; the candidate accepting a setback is not.
        ProvedRight.Fires("laboratory", """
            My colleague wanted to validate the new assay on 30 samples from one batch, and I thought that was too few for our variable raw material. We argued about it in two meetings. I pulled a year of release data, showed the spread to our quality manager, and she agreed to go with my plan of 80 samples over four batches. One batch then showed a recovery gap that a single batch would have hidden, and my colleague had to accept that the larger study was the right call.
            """, "Tell me about a disagreement with a colleague."),
        ProvedRight.Quiet("construction", """
            Last winter I was the site engineer on a four-storey office block in Leeds, and our site manager wanted to pour the second-floor slab on a Friday in January. I disagreed because the forecast showed a hard frost that night and we had no heated enclosure. I showed him the forecast and the concrete supplier's guidance, but he decided to pour anyway with insulated blankets on order. The blankets arrived two hours late, the top surface scaled, and I had to accept a week's delay while we ground it back and re-screeded. I kept the programme updated for the client every day that week. The next pour went ahead on the Tuesday under a heated tent, and I went with my own checklist for the frost covers.
            """, "Tell me about a disagreement with your manager."),
        // A look back that finds nothing to learn is no lesson.
        ProvedRight.Fires("logistics", """
            Our depot manager wanted to move the night shift's start to 9pm, and I disagreed because the first trunk left at 4am and the pickers would be idle for an hour. I timed a week of picks and put the figures to the regional manager, who backed me up. The start stayed at 10pm and the idle hour never appeared. Looking back, I wouldn't do anything differently.
            """, "Tell me about a time you disagreed with your manager."),

        // An outcome told as what happened next, with no result word, is still the result.
        ResultMissing.Quiet("customer support", """
            An elderly customer rang our broadband helpline because her router had stopped working the evening before a video call with her grandson in Australia. Our process was to book an engineer, which takes four days. I asked my team leader if I could send a replacement router by courier, talked her through unplugging the old one, and stayed on the line while she connected the new one the next morning. She made the call that evening.
            """, "Tell me about a time you went beyond your process for a customer."),
        ResultMissing.Quiet("events", """
            Two days before our charity gala the caterer cancelled. I rang five local restaurants that afternoon, agreed a fixed menu with one that could seat its kitchen staff for the night, and rewrote the running order so the courses came out in two waves. The gala went ahead on the Saturday for 180 guests with no complaints about the food.
            """, "Describe a time a plan fell through at the last minute."),
        // An inspection passed, an approval given, a problem that stayed solved: outcomes with no result word.
        ResultMissing.Quiet("plumbing", """
            I was fitting a bathroom on my own as a second-year apprentice when I noticed the previous installer had run the waste pipe with almost no fall. Redoing it meant lifting six boards I had already screwed down and an extra evening on site. I rang my supervisor, told the customer the suite would be ready on Friday instead of Thursday, relaid the pipe at the right gradient and tested every joint. The job passed inspection first time.
            """, "Tell me about a time you chose quality over speed."),
        ResultMissing.Quiet("payroll", """
            In my second payroll run at a care provider I spotted that a night-shift allowance had been keyed twice for eleven staff. I rebuilt the allowance report, showed my manager both entries and proposed a correcting line before the run closed. She approved it and the payslips went out correct on the Friday. I now compare each allowance total with the previous month before I submit.
            """, "Tell me about a time you caught a mistake."),
        // A closing line that points back at the story, or a result section holding a forum's buttons, tells no outcome.
        ResultMissing.Fires("facilities", """
            Last March our office had to move floors in a week because the landlord brought the refurbishment forward. I was the facilities coordinator, so I booked the movers for the Friday night, labelled every desk with its new number and made a seating plan with each team lead. I also arranged for IT to patch the network points on the Saturday morning and printed floor maps for the lifts. So that was basically the plan we put together for the move.
            """, "Tell me about a time you organised something at short notice."),
        ResultMissing.Fires("pharmacy", """
            S - Community pharmacy, Saturday, I was the only pharmacist and the dispensary was two hours behind.
            T - Get the urgent prescriptions out first without cutting corners on checks.
            A - I sorted the queue by clinical urgency, called two surgeries to confirm unclear doses, and asked the counter assistant to tell waiting patients honest times.
            R - (not sure what to put here yet)
            Reply   Like (2)   Report
            """, "Tell me about a time you had to prioritise under pressure."),
        // A paste cut off where the outcome was about to be told announces a result and tells none.
        ResultMissing.Fires("housing", """
            Last spring I was the duty housing officer when a tenant rang to say her upstairs neighbour's bath had been leaking through her kitchen ceiling for two days. The repairs line had logged it as routine, which meant a visit in 28 days. I checked the block's records and saw two earlier leak reports from the same flat. I called the emergency contractor, arranged for the water to be isolated that afternoon, and moved the tenant's electric meter reading onto the urgent list so the supply could be checked, and the outcome was… Read more
            """, "Tell me about a time you had to act quickly to help a customer."),
        ResultMissing.Fires("construction", """
            Situation: The steel delivery for the third floor of our office block was two weeks late, and the concrete gang was booked for the following Monday with nothing to pour.
            Action: I re-sequenced the pours so the stair cores went first, moved the blockwork crew to the ground floor fit-out and agreed weekend deliveries with the supplier.
            Result: I also briefed the client's project manager every Friday on the new plan and kept a revised programme on the site office wall.
            """, "Tell me about a time a project slipped."),

        // How the candidate was is not what they did: "I made sure I was always positive".
        ActionMissing.Fires("teaching", """
            Situation: In my first year at a sixth-form college, a student in my A-level chemistry group had missed six weeks after an operation and was talking about dropping the course.
            Task: I wanted to keep her on the course and get her ready for the January mocks.
            Action: I was patient and encouraging with her. I made sure I was always available and positive, and I tried to be flexible and understanding when things were hard.
            Result: She sat the mocks in January and scored a B, and she stayed on the course.
            """, "Tell me about a time you supported a student who was struggling."),
        ActionMissing.Quiet("teaching", """
            Situation: In my first year at a sixth-form college, a student in my A-level chemistry group had missed six weeks after an operation and was talking about dropping the course.
            Task: I wanted to keep her on the course and get her ready for the January mocks.
            Action: I made sure the missed practicals were booked into two lunchtimes a week, wrote her a six-week catch-up plan and checked it with her every Friday.
            Result: She sat the mocks in January and scored a B, and she stayed on the course.
            """, "Tell me about a time you supported a student who was struggling."),
        // A team's last step is not what came of the steps.
        ResultMissing.Fires("finance", """
            At a packaging firm our supplier payments were regularly late because invoices waited in three inboxes for approval. We mapped the approval route with the buyers and found that most invoices sat with one director. We agreed approval limits with the board, we moved the invoices into the purchase-ledger tool and we set up a daily reminder. We piloted it in March and then rolled it out to every site from May.
            """, "Tell me about a time you improved a process."),
        // After the steps, a figure told of others is the outcome.
        ResultMissing.Quiet("legal", """
            I was acting for a landlord whose tenant had left a warehouse in poor repair and offered £90,000 to settle. I went through the schedule of works with our surveyor and found the tenant's figure ignored the roof entirely. I wrote a short note for the partner and asked to take the case to mediation. At the mediation the tenant's side moved once the roof point was put to them, and the claim settled at £210,000. The partner asked me to run the next mediation on my own.
            """, "Tell me about a time you pushed for a better outcome."),
        // A "Result:" section that says "we signed" is the result, not the candidate's actions.
        ActionMissing.Fires("sales", """
            Situation: I was the account executive for mid-market retailers in the Midlands, and a garden-centre chain with nine sites had used a competitor for five years without ever reviewing the contract.
            Task: My target was £600k for the year, and this account alone could cover a third of it, so winning it was my main goal for the autumn.
            Result: We signed a two-year agreement worth £240k, the biggest new account in the region, and they added two more sites the following spring.
            """, "Tell me about a deal you won."),

        // Only a result that claims a change is asked for its measure.
        Unquantified.Quiet("retail", """
            A man came into our hardware shop with a leaking radiator valve on a Saturday afternoon, and we did not stock his size. I rang our other two branches, found one that had it, asked them to hold it and printed him directions. I also showed him how to drain the radiator so the kitchen floor would not flood. He came back the next week to thank us and opened a trade account for his plumbing business.
            """, "Tell me about a time you helped a customer solve a problem."),
        // A change claimed in comparatives asks for its measure.
        Unquantified.Fires("pharmacy", """
            Our pharmacy's collection shelves were one long alphabetical run, and patients waited while we searched for their bags. I split the shelves by day of dispensing, colour-coded the bag labels and showed each dispenser the system at the start of their shift. It made a big difference: the counter was much calmer and patients were served far quicker.
            """, "Tell me about a time you improved how your team works."),
        Unquantified.Fires("marketing", """
            Our newsletter open rates had been sliding for a year. I segmented the list by what people had bought, rewrote the subject lines and moved the send time to Sunday morning. Engagement improved a lot and the team was much happier with the results.
            """, "Tell me about a campaign you improved."),
        // Typed without apostrophes ("didnt", "wasnt"): the same words, the same readings.
        Blame.Fires("bar work", """
            so last new years eve the bar manager didnt order enough kegs and didnt tell any of us, we ran dry by 10. the whole place was badly run to be honest and the owner never checked anything. i served what we had left and kept the queue calm but you cant fix a night like that when other people wont do their jobs. i left in february.
            """, "Tell me about a time something went wrong on a busy night.", TargetLevel.Junior),
        // What kept happening, done by no one, is no one's habit: "kept being postponed", "kept changing".
        Blame.Quiet("housing", """
            I was the housing officer for a block of 40 flats where a damp repair kept being postponed and the contractors on site kept changing, so tenants had no one to ask. I set up a fortnightly drop-in in the community room, kept one log of every report, and agreed a single named contact with the repairs manager. Within three months the outstanding reports fell from 23 to 4, and the repair was finished in June.
            """, "Tell me about a time you improved a service for residents."),
        // Having someone in one's care is the scene, not a step: "I had a client, referred by her GP".
        ActionMissing.Fires("occupational therapy", """
            I had an elderly client, referred by her GP after two falls at home, who had stopped going out at all. My goal was to get her walking to the shop at the end of her road by her six-week review, because that was what she cared about. It was a slow few weeks and I wasn't always sure we would get there. At the six-week review she walked to the shop and back with her frame and told her daughter she felt like herself again.
            """, "Tell me about a time you helped a client regain their independence.", TargetLevel.Mid),
        // The win claimed as a prediction come true.
        ProvedRight.Fires("quality assurance", """
            Last year our product team wanted to ship the new checkout without load testing it, and I argued against it in the release meeting. They shipped anyway. Two weeks later the checkout failed on the first sale day, with exactly the problems I had flagged in my test plan. I was completely vindicated, and I made sure the director knew that my plan had warned about it.
            """, "Tell me about a time you disagreed with your team."),
    ];
}
