namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>"honest advise on", "to advice them": the noun is "advice", the verb "advise".</summary>
internal sealed class AdviceAdviseRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_ADVICE_ADVISE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word switch
        {
            // A determiner or a quality before it, or "on"/"about" after a modifier: the noun.
            "advise" when prev is "the" or "my" or "our" or "your" or "his" or "her" or "their" or "some" or "any" or "no" or "honest" or "expert" or "legal"
                or "medical" or "financial" or "professional" or "career" or "practical" or "sound" or "good" or "clear" or "helpful" or "useful" or "nutrition" or "dietary" => "advice",
            // An object pronoun after it, or a determiner after "to"/a modal: the verb.
            "advice" when next is "them" or "him" or "her" or "us" or "me" or "customers" or "clients" or "patients" or "families" || (prev == "to" || English.Modals.Contains(prev)) && English.Determiners.Contains(next) => "advise",
            _ => null,
        };
}

/// <summary>"Crew moral improved", "boosted team moral": the spirit of a group is "morale".</summary>
internal sealed class MoraleRule : ConfusableRule
{
    private static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "crew", "staff", "employee", "unit", "troop", "squad", "workforce", "department", "store", "office", "shift", "ward", "kitchen", "company", "class",
    };

    public override string Id => "CONFUSABLE_MORAL_MORALE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "moral" && (Groups.Contains(prev) || prev is "boost" or "boosted" or "boosting" or "improve" or "improved" or "improving" or "raise" or "raised" or "lift" or "lifted" or "low" or "lowered")
        && !NounNumberRule.IsNoun(next, context.Resources) && next is not ("high" or "low") ? "morale" : null;
}

/// <summary>"office stationary", "the stationary cupboard": paper goods are "stationery"; "stationary" stands still.</summary>
internal sealed class StationeryRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_STATIONARY_STATIONERY";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "stationary" && (next is "cupboard" or "cupboards" or "supplies" or "supply" or "orders" or "items" or "store" or "shop" or "closet" or "cabinet" or "budget" or "suppliers" or "catalog" or "catalogue" or "room"
            // Used as a noun: after "office" or "and" + noun list, before a preposition or the end.
            || prev is "office" or "printed" or "branded" or "and" && next is "" or "on" or "for" or "from" or "and" or "in" or "with")
        && prev is not ("remained" or "remain" or "remains" or "stayed" or "stay" or "is" or "was" or "are" or "were" or "be" or "kept" or "keep" or "held" or "sat") ? "stationery" : null;
}

/// <summary>"IT personal at nine schools", "medical personal": staff are "personnel"; "personal" needs a noun after it.</summary>
internal sealed class PersonnelRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_PERSONAL_PERSONNEL";

    protected override void Check(Text.Sentence sentence, ProofContext context, List<ProofIssue> issues)
    {
        base.Check(sentence, context, issues);

        // "IT personal at nine schools": the acronym, not the pronoun ("made it personal").
        var w = Words(sentence);
        for (var i = 1; i < w.Count; i++)
        {
            if (w[i - 1].Text == "IT" && w[i].Lower == "personal" && (i + 1 == w.Count || Judge("personal", "staff", w[i + 1].Lower, "", context) is not null))
            {
                issues.Add(Issue(w[i], Message(w[i].Text, "personnel"), "personnel"));
            }
        }
    }

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "personal" && prev is "staff" or "medical" or "military" or "security" or "support" or "key" or "hospital" or "clinical" or "nursing" or "maintenance"
            or "field" or "emergency" or "technical" or "administrative" or "sales" or "service" or "qualified" or "trained" or "certified" or "laboratory" or "lab" or "site" or "company" or "unauthorized"
        && next is "" or "at" or "in" or "on" or "from" or "across" or "for" or "to" or "with" or "and" or "or" or "who" or "were" or "are" or "during" ? "personnel" : null;
}

/// <summary>"booked exams for to doctors", "for too farmers' markets": a count of two before a plural noun.</summary>
internal sealed class ToTwoRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_TO_TWO";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word is "to" or "too" && prev is "for" or "with" or "among" or "between" or "across" or "at" && IsPluralNoun(next, context) ? "two" : null;

    // A plural noun that cannot be a verb after "to" ("for to doctors", not "with to manage").
    private static bool IsPluralNoun(string word, ProofContext context) =>
        word.Length >= 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && NounNumberRule.IsNoun(word, context.Resources) && !English.IsBaseVerb(word, context.Resources);
}

/// <summary>"so desserts where served", "we where late": a past of be, not the place word.</summary>
internal sealed class WhereWereRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_WHERE_WERE";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context)
    {
        if (word != "where")
        {
            return null;
        }

        if (prev is "we" or "they" or "you")
        {
            return "were";
        }

        // A plural noun + "where" + a participle with no noun after it ("where needed" and its kin are set phrases).
        return prev.Length > 3 && prev.EndsWith('s') && NounNumberRule.IsNoun(prev, context.Resources) && next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal)
            && RoleTense.IsSimplePast(next, context.Resources)
            && next is not ("needed" or "required" or "indicated" or "noted" or "specified" or "requested" or "allowed" or "permitted" or "mentioned" or "stated" or "listed" or "used" or "located" or "based" or "involved" or "applied" or "warranted" or "desired" or "asked" or "assigned" or "directed" or "instructed" or "approved")
            && !(NounNumberRule.IsNoun(next2, context.Resources) && !NounSubjectAgreementRule.Stops.Contains(next2))
            ? "were"
            : null;
    }
}

/// <summary>"desert menu", "Sold desert boxes": the sweet course is "dessert".</summary>
internal sealed class DessertRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_DESERT_DESSERT";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word is "desert" or "deserts" && next is "menu" or "menus" or "station" or "course" or "cart" or "bar" or "wine" or "wines" or "plate" or "plates" or "boxes" or "box" or "items"
            or "program" or "recipes" or "recipe" or "chef" or "table" or "buffet" or "spoon" or "spoons" or "platter" or "platters" or "tray" or "trays" or "cups" or "sales"
            ? (word == "desert" ? "dessert" : "desserts")
            : null;
}

/// <summary>"discrete about client matters", "stayed discrete": tactful is "discreet"; "discrete steps" is left alone.</summary>
internal sealed class DiscreetRule : ConfusableRule
{
    public override string Id => "CONFUSABLE_DISCRETE_DISCREET";

    protected override string? Judge(string word, string prev, string next, string next2, ProofContext context) =>
        word == "discrete" && (next is "about" or "regarding" or "when" || next == "with" && next2 != "respect"
            || prev is "stay" or "stayed" or "remain" or "remained" or "very" or "extremely" or "always" && next is "" or "and")
            ? "discreet"
            : null;
}
