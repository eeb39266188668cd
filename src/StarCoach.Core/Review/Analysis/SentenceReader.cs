namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// Reads the grammar the rules need from one sentence's tokens in a single left-to-right scan: who acts ("I"
/// or "we") and with what verb, plans told with "would", and figures.
/// </summary>
internal static class SentenceReader
{
    private const int MaxAdverbsSkipped = 2;
    private const int ReportingLookBack = 5;

    public static SentenceFacts Read(string text, ReadOnlySpan<Token> tokens, int situationCues, int taskCues, int resultCues, int reflectionCues)
    {
        int iSubjects = 0, weSubjects = 0, iActions = 0, weActions = 0;
        var pastNarration = false;
        var hypothetical = -1;
        var isQuestion = tokens.Length > 0 && EndsWithQuestionMark(text, tokens[^1]);
        var narrator = Narrator.None;
        var narratorHolds = false;
        var teamStep = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var isI = token.Is(TokenShape.PronounI);
            if (!isI && !token.Is(TokenShape.PronounWe))
            {
                if (hypothetical < 0 && !isQuestion && IsPossessivePlan(text, tokens, t))
                {
                    hypothetical = t;
                }

                if (IsOtherSubject(text, tokens, t))
                {
                    narrator = Narrator.None;
                }
                else if (narrator != Narrator.None && IsCoordinatedAction(text, tokens, t, narratorHolds))
                {
                    // "I realised forty minutes later, restarted it, told the nurse in charge": one subject, three steps.
                    pastNarration = true;
                    if (narrator == Narrator.I)
                    {
                        iActions++;
                    }
                    else
                    {
                        weActions++;
                    }
                }

                continue;
            }

            if (isI)
            {
                iSubjects++;
            }
            else
            {
                weSubjects++;
            }

            var predicate = isQuestion ? Predicate.Other : ReadPredicate(text, tokens, t);
            teamStep |= !isI && t <= 1 && predicate == Predicate.Action;
            narrator = predicate is Predicate.Action or Predicate.PastState ? (isI ? Narrator.I : Narrator.We) : Narrator.None;
            narratorHolds = predicate == Predicate.PastState && HoldsOrIs(text, tokens, t);
            switch (predicate)
            {
                case Predicate.Action:
                    pastNarration = true;
                    if (isI)
                    {
                        iActions++;
                    }
                    else
                    {
                        weActions++;
                    }

                    break;
                case Predicate.PastState:
                    pastNarration = true;
                    break;
                case Predicate.Plan when hypothetical < 0 && !isQuestion && !IsReportedOrSubordinate(text, tokens, t) && !HasHabitFrame(text, tokens):
                    hypothetical = t;
                    break;
            }
        }

        return new SentenceFacts(
            iSubjects,
            weSubjects,
            iActions,
            weActions,
            !isQuestion && OpensWithAction(text, tokens),
            pastNarration,
            HasPastTense(text, tokens),
            hypothetical,
            FirstMeasurable(text, tokens),
            situationCues + (OpensOnAPlace(text, tokens) ? 1 : 0),
            taskCues,
            resultCues,
            reflectionCues,
            teamStep);
    }

    // Who the verbs of the current clause belong to: the candidate, their team, or someone else.
    private enum Narrator
    {
        None,
        I,
        We,
    }

    // "he", "she", "they", "who" start someone else's clause; "it" and "which" do when a verb follows ("it worked"), not
    // as an object ("I noticed it twenty minutes later").
    private static bool IsOtherSubject(string text, ReadOnlySpan<Token> tokens, int t)
    {
        var token = tokens[t];
        if (IsThirdPersonSubject(text, token))
        {
            return true;
        }

        return (IsWord(text, token, "it") || IsWord(text, token, "which")) && t + 1 < tokens.Length
            && (tokens[t + 1].IsPastForm || tokens[t + 1].Has(Cue.BeVerb));
    }

    /// <summary>"he", "she", "they" or "who": a word that can only be someone else acting.</summary>
    public static bool IsThirdPersonSubject(string text, in Token token) =>
        IsWord(text, token, "he") || IsWord(text, token, "she") || IsWord(text, token, "they") || IsWord(text, token, "who");

    // True when a comma stands between two neighbouring tokens: ", restarted it", "As front office manager …, I".
    private static bool CommaBetween(string text, in Token previous, in Token next) =>
        text.AsSpan(previous.End, next.Start - previous.End).Contains(',');

    // "I had a patient", "I was the only nurse": the candidate's clause says what they had or were, so a past form after
    // a comma describes what they had ("a patient, referred to our clinic"), not a next step.
    private static bool HoldsOrIs(string text, ReadOnlySpan<Token> tokens, int subject)
    {
        var k = SkipAdverbs(tokens, subject + 1, out _);
        return k + 1 < tokens.Length && (IsWord(text, tokens[k], "had") || IsWord(text, tokens[k], "was") || IsWord(text, tokens[k], "were"))
            && tokens[k + 1].Has(Cue.Determiner); // "I had a patient", not "I was doing my checks"
    }

    // A past action verb joined to the clause before it by a comma, "and" or "then", with words after it: ", restarted
    // it", "and told the doctor". Feelings ("tired and stressed") and states are not steps; after a clause of having or
    // being (<paramref name="afterHolding"/>) only "and" or "then" joins a step.
    private static bool IsCoordinatedAction(string text, ReadOnlySpan<Token> tokens, int t, bool afterHolding)
    {
        var token = tokens[t];
        if (t == 0 || t + 1 >= tokens.Length || !token.IsPastForm
            || token.Has(Cue.StateVerb | Cue.BeVerb | Cue.StativeParticiple | Cue.OutcomeVerb)
            || (token.Has(Cue.Participle) && !token.Has(Cue.PastVerb) && !token.Is(TokenShape.EndsInEd)))
        {
            return false;
        }

        var previous = tokens[t - 1];
        if (IsWord(text, previous, "and") || IsWord(text, previous, "then"))
        {
            return true;
        }

        return !afterHolding && CommaBetween(text, previous, token);
    }

    private enum Predicate
    {
        Other,
        Action,
        PastState,
        Plan,
    }

    // What follows a first-person subject: a past action, a past state, a plan ("would", "will", "going to"), or else.
    private static Predicate ReadPredicate(string text, ReadOnlySpan<Token> tokens, int subject)
    {
        var token = tokens[subject];
        var k = SkipAdverbs(tokens, subject + 1, out var habit);
        if (token.Is(TokenShape.ContractedWould))
        {
            // "I'd" is "I had" before a participle, else "I would".
            if (k < tokens.Length && (IsWord(text, tokens[k], "been") || (tokens[k].Is(TokenShape.EndsInEd) && !tokens[k].Has(Cue.StateVerb)) || tokens[k].Has(Cue.Participle)))
            {
                return Predicate.PastState;
            }

            return PlanOrNot(text, tokens, k, habit);
        }

        if (token.Is(TokenShape.ContractedWill))
        {
            return PlanOrNot(text, tokens, k, habit);
        }

        if (k >= tokens.Length)
        {
            return Predicate.Other;
        }

        var verb = tokens[k];
        if (IsWord(text, verb, "would") || IsWord(text, verb, "will") || IsWord(text, verb, "might"))
        {
            var after = SkipAdverbs(tokens, k + 1, out var habitAfter);
            return PlanOrNot(text, tokens, after, habit || habitAfter);
        }

        if ((IsWord(text, verb, "am") || IsWord(text, verb, "are") || token.Is(TokenShape.ContractedBe))
            && IsGoingTo(text, tokens, token.Is(TokenShape.ContractedBe) ? k : k + 1))
        {
            return Predicate.Plan;
        }

        if (token.Is(TokenShape.ContractedBe) || IsWord(text, verb, "am") || IsWord(text, verb, "are"))
        {
            return Predicate.Other;
        }

        if ((IsWord(text, verb, "have") || IsWord(text, verb, "had") || token.Is(TokenShape.ContractedHave))
            && NextIsActionForm(tokens, token.Is(TokenShape.ContractedHave) ? k : k + 1))
        {
            return Predicate.Action;
        }

        // "We won back three clients", "I reduced costs by 20%": the outcome, told as if it were a step.
        if (verb.Has(Cue.StateVerb) || verb.Has(Cue.BeVerb) || verb.Has(Cue.OutcomeVerb))
        {
            return verb.IsPastForm || verb.Has(Cue.StateVerb | Cue.OutcomeVerb) ? Predicate.PastState : Predicate.Other;
        }

        if (verb.IsPastForm && IsStateOfSelf(text, tokens, k))
        {
            return Predicate.PastState;
        }

        return verb.IsPastForm ? Predicate.Action : Predicate.Other;
    }

    // "I made sure I was always positive", "I tried to be patient", "I aimed to stay calm": how the candidate was, told
    // with a verb of doing. What they did comes with an object of its own ("I made sure the pump was checked").
    private static bool IsStateOfSelf(string text, ReadOnlySpan<Token> tokens, int verb)
    {
        var k = verb + 1;
        if (IsWord(text, tokens[verb], "made") && k + 2 < tokens.Length && IsWord(text, tokens[k], "sure")
            && (tokens[k + 1].Is(TokenShape.PronounI) || tokens[k + 1].Is(TokenShape.PronounWe)))
        {
            var be = SkipAdverbs(tokens, k + 2, out _);
            return be < tokens.Length && (tokens[be].Has(Cue.BeVerb) || IsWord(text, tokens[be], "stayed"));
        }

        if ((IsWord(text, tokens[verb], "tried") || IsWord(text, tokens[verb], "aimed") || IsWord(text, tokens[verb], "strived"))
            && k + 1 < tokens.Length && IsWord(text, tokens[k], "to"))
        {
            var be = SkipAdverbs(tokens, k + 1, out _);
            return be < tokens.Length && (IsWord(text, tokens[be], "be") || IsWord(text, tokens[be], "stay") || IsWord(text, tokens[be], "remain")
                || IsWord(text, tokens[be], "keep"));
        }

        return false;
    }

    private static bool NextIsActionForm(ReadOnlySpan<Token> tokens, int k) =>
        k < tokens.Length && tokens[k].IsPastForm && !tokens[k].Has(Cue.StateVerb) && !tokens[k].Has(Cue.BeVerb);

    // After "would": "always"/"usually" make it a past habit, "have" a counterfactual ("I would have …"); else a plan.
    private static Predicate PlanOrNot(string text, ReadOnlySpan<Token> tokens, int k, bool habit)
    {
        if (habit || (k < tokens.Length && (tokens[k].Has(Cue.HabitAdverb) || IsWord(text, tokens[k], "have"))))
        {
            return Predicate.Other;
        }

        return k < tokens.Length ? Predicate.Plan : Predicate.Other;
    }

    private static bool IsGoingTo(string text, ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && IsWord(text, tokens[k], "going") && IsWord(text, tokens[k + 1], "to");

    // "My first step would be …", "my reaction would be to listen": a plan told without "I".
    private static bool IsPossessivePlan(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (!IsWord(text, tokens[t], "my"))
        {
            return false;
        }

        for (var k = t + 2; k < tokens.Length && k <= t + 4; k++)
        {
            if (IsWord(text, tokens[k], "would") && k + 1 < tokens.Length && IsWord(text, tokens[k + 1], "be"))
            {
                return !IsReportedOrSubordinate(text, tokens, t);
            }
        }

        return false;
    }

    // "He said I would", "I knew we would", "so that I would be alerted": not the candidate's plan.
    private static bool IsReportedOrSubordinate(string text, ReadOnlySpan<Token> tokens, int subject)
    {
        if (subject > 0)
        {
            var previous = tokens[subject - 1];
            if (IsWord(text, previous, "that") || IsWord(text, previous, "so") || IsWord(text, previous, "which")
                || IsWord(text, previous, "who") || IsWord(text, previous, "because") || IsWord(text, previous, "whether")
                || IsWord(text, previous, "than") || IsWord(text, previous, "how"))
            {
                return true;
            }
        }

        for (var k = Math.Max(0, subject - ReportingLookBack); k < subject; k++)
        {
            if (tokens[k].Has(Cue.ReportingVerb))
            {
                return true;
            }
        }

        return false;
    }

    // "Whenever a patient …, I would", "every morning I would": a habit in the past.
    private static bool HasHabitFrame(string text, ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (IsWord(text, tokens[k], "whenever"))
            {
                return true;
            }

            if ((IsWord(text, tokens[k], "every") || IsWord(text, tokens[k], "each")) && k + 1 < tokens.Length
                && (tokens[k + 1].Has(Cue.TimeUnit) || IsWord(text, tokens[k + 1], "time") || IsWord(text, tokens[k + 1], "morning")
                    || IsWord(text, tokens[k + 1], "evening") || IsWord(text, tokens[k + 1], "shift") || IsWord(text, tokens[k + 1], "night")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPastTense(string text, ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (IsWord(text, token, "was") || IsWord(text, token, "were") || IsWord(text, token, "had") || IsWord(text, token, "did"))
            {
                return true;
            }

            if ((token.Is(TokenShape.EndsInEd) || token.Has(Cue.PastVerb)) && (k == 0 || !IsNonFiniteFrame(text, tokens[k - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Before a participle, these make it an infinitive, a modal or a passive of the present ("can be improved").
    private static bool IsNonFiniteFrame(string text, Token previous) =>
        IsWord(text, previous, "be") || IsWord(text, previous, "being") || IsWord(text, previous, "been") || IsWord(text, previous, "to")
        || IsWord(text, previous, "is") || IsWord(text, previous, "are") || IsWord(text, previous, "can") || IsWord(text, previous, "will")
        || IsWord(text, previous, "would") || IsWord(text, previous, "should") || IsWord(text, previous, "may") || IsWord(text, previous, "might")
        || IsWord(text, previous, "must") || IsWord(text, previous, "could") || previous.Has(Cue.Determiner);

    // "Created a dashboard …", "Openly communicated the reasons …": an action told without its subject.
    private static bool OpensWithAction(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3)
        {
            return false;
        }

        var k = tokens[0].Is(TokenShape.EndsInLy) ? 1 : 0;
        var verb = tokens[k];
        return (verb.Is(TokenShape.Capitalized) || OpensNote(text, verb)) && verb.IsPastForm && !verb.Has(Cue.StateVerb | Cue.BeVerb | Cue.OutcomeVerb)
            && !IsWord(text, verb, "based") && !IsWord(text, verb, "given") && !IsWord(text, verb, "compared")
            && !IsWord(text, verb, "related") && !IsWord(text, verb, "used") && !IsWord(text, verb, "united");
    }

    // Notes open an action in lower case after a label or a bullet: "- A: rolled the config back", "• called the pharmacist".
    private static bool OpensNote(string text, in Token verb)
    {
        var p = verb.Start - 1;
        while (p >= 0 && text[p] is ' ' or '\t')
        {
            p--;
        }

        return p < 0 || text[p] is ':' or '-' or '•' or '*' or '–' or '\n';
    }

    private static int SkipAdverbs(ReadOnlySpan<Token> tokens, int k, out bool habit)
    {
        habit = false;
        var skipped = 0;
        while (k < tokens.Length && skipped < MaxAdverbsSkipped && (tokens[k].Has(Cue.Adverb | Cue.HabitAdverb) || tokens[k].Is(TokenShape.EndsInLy)))
        {
            habit |= tokens[k].Has(Cue.HabitAdverb);
            k++;
            skipped++;
        }

        return k;
    }

    /// <summary>The first token that states a quantity: a number (not a year), %, money, a quantity word, or "from days to hours".</summary>
    private static int FirstMeasurable(string text, ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (token.Is(TokenShape.Numeric) && !IsYear(text, token))
            {
                return k;
            }

            if (token.Has(Cue.NumberWord))
            {
                return k;
            }

            if (IsWord(text, token, "from") && IsBeforeAfter(text, tokens, k))
            {
                return k;
            }

            if (IsDuration(text, tokens, k))
            {
                return k;
            }
        }

        return -1;
    }

    // "within a year", "in a week", "after a month": a duration without digits.
    private static bool IsDuration(string text, ReadOnlySpan<Token> tokens, int k) =>
        k + 2 < tokens.Length
        && (IsWord(text, tokens[k], "within") || IsWord(text, tokens[k], "in") || IsWord(text, tokens[k], "after") || IsWord(text, tokens[k], "under"))
        && (IsWord(text, tokens[k + 1], "a") || IsWord(text, tokens[k + 1], "an") || IsWord(text, tokens[k + 1], "one"))
        && tokens[k + 2].Has(Cue.TimeUnit);

    // "from days to hours", "from 2 weeks to 1 hour", "from weekly to almost none".
    private static bool IsBeforeAfter(string text, ReadOnlySpan<Token> tokens, int from)
    {
        var before = false;
        for (var k = from + 1; k < tokens.Length && k <= from + 4; k++)
        {
            before |= IsQuantity(text, tokens[k]);
            if (before && IsWord(text, tokens[k], "to"))
            {
                for (var m = k + 1; m < tokens.Length && m <= k + 4; m++)
                {
                    if (IsQuantity(text, tokens[m]) || IsWord(text, tokens[m], "none") || IsWord(text, tokens[m], "nothing"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static bool IsQuantity(string text, Token token) =>
        token.Has(Cue.TimeUnit | Cue.NumberWord) || (token.Is(TokenShape.Numeric) && !IsYear(text, token));

    /// <summary>
    /// "At Riverside, …", "While at Deloitte, …": a sentence that opens on a place or employer sets the scene; so does one
    /// that opens on a frame of role or time before its "I" ("As front office manager at a 120-room hotel, I …", "In my
    /// second year as head of FP&amp;A, I …", "During the winter audit, I …").
    /// </summary>
    public static bool OpensOnAPlace(string text, ReadOnlySpan<Token> tokens)
    {
        var k = tokens.Length > 2 && IsWord(text, tokens[0], "while") ? 1 : 0;
        if (tokens.Length > k + 2 && IsWord(text, tokens[k], "at") && (tokens[k + 1].Is(TokenShape.Capitalized) || tokens[k + 1].Is(TokenShape.AllCaps)))
        {
            return true;
        }

        return OpensOnAFrame(text, tokens);
    }

    private const int MinFrameTokens = 3;

    private static bool OpensOnAFrame(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < MinFrameTokens + 2 || !(IsWord(text, tokens[0], "as") || IsWord(text, tokens[0], "in") || IsWord(text, tokens[0], "during")
            || IsWord(text, tokens[0], "at") || IsWord(text, tokens[0], "last") || IsWord(text, tokens[0], "on")))
        {
            return false;
        }

        for (var t = MinFrameTokens; t < tokens.Length; t++)
        {
            if (tokens[t].Is(TokenShape.PronounI) || tokens[t].Is(TokenShape.PronounWe))
            {
                // The frame ends in a comma just before the subject.
                return CommaBetween(text, tokens[t - 1], tokens[t]);
            }
        }

        return false;
    }

    // 1900–2099 standing alone is a date, not an outcome; "2019%" or "$2019" would still count.
    private static bool IsYear(string text, Token token)
    {
        if (token.Length != 4 || !(text[token.Start] == '1' && text[token.Start + 1] == '9' || text[token.Start] == '2' && text[token.Start + 1] == '0'))
        {
            return false;
        }

        for (var i = token.Start; i < token.End; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        var after = token.End < text.Length ? text[token.End] : ' ';
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        return after != '%' && before is not ('$' or '€' or '£');
    }

    private static bool EndsWithQuestionMark(string text, Token last)
    {
        for (var i = last.End; i < text.Length && i < last.End + 4; i++)
        {
            if (text[i] == '?')
            {
                return true;
            }

            if (text[i] is '.' or '!' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    public static bool IsWord(string text, Token token, string word) =>
        token.Length == word.Length ? text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        : token.Length == word.Length - 1 && BareContractions.TryRestore(text.AsSpan(token.Start, token.Length), out var contraction)
            && contraction.Equals(word.Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase);
}
