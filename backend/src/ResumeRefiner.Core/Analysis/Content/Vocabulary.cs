namespace ResumeRefiner.Core.Analysis.Content;

/// <summary>Word lists the content and language checks rely on.</summary>
internal static class Vocabulary
{
    /// <summary>Verbs that open a bullet with what the person did; stored in past tense and base form.</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "accelerated", "achieved", "acquired", "adapted", "administered", "advised", "advocated", "analyzed", "analysed", "architected", "arranged",
        "assembled", "assessed", "audited", "authored", "automated", "balanced", "boosted", "briefed", "budgeted", "built", "calculated",
        "captured", "championed", "charted", "coached", "collaborated", "compiled", "completed", "composed", "computed", "conceived",
        "conducted", "configured", "consolidated", "constructed", "consulted", "converted", "coordinated", "counseled", "created", "cultivated",
        "cut", "debugged", "decreased", "defined", "delivered", "deployed", "designed", "detected", "developed", "devised", "diagnosed",
        "directed", "discovered", "dispatched", "documented", "doubled", "drafted", "drove", "earned", "edited", "educated", "eliminated",
        "enabled", "engineered", "enhanced", "ensured", "established", "evaluated", "exceeded", "executed", "expanded", "expedited", "facilitated",
        "forecasted", "formulated", "fostered", "founded", "generated", "grew", "guided", "halved", "handled", "headed", "hired", "identified",
        "implemented", "improved", "increased", "influenced", "initiated", "innovated", "inspected", "installed", "instituted", "instructed",
        "integrated", "interviewed", "introduced", "invented", "investigated", "launched", "led", "lowered", "maintained", "managed", "mapped",
        "marketed", "maximized", "measured", "mediated", "mentored", "merged", "migrated", "minimized", "modeled", "modernized", "monitored",
        "motivated", "negotiated", "operated", "optimized", "orchestrated", "organized", "outperformed", "overhauled", "oversaw", "partnered",
        "performed", "piloted", "pioneered", "planned", "prepared", "presented", "prioritized", "processed", "produced", "programmed", "promoted",
        "proposed", "prototyped", "published", "raised", "ran", "rebuilt", "recommended", "reconciled", "recruited", "redesigned", "reduced",
        "refactored", "regulated", "rehabilitated", "remodeled", "reorganized", "repaired", "replaced", "reported", "researched", "resolved",
        "restored", "restructured", "revamped", "reviewed", "revitalized", "saved", "scaled", "scheduled", "secured", "selected", "served",
        "shipped", "simplified", "sold", "solved", "spearheaded", "standardized", "steered", "streamlined", "strengthened", "structured",
        "supervised", "surpassed", "surveyed", "taught", "tested", "tracked", "trained", "transformed", "translated", "treated", "tripled",
        "troubleshot", "tuned", "unified", "upgraded", "validated", "verified", "won", "wrote", "administer", "analyze", "architect", "assess",
        "audit", "automate", "build", "coach", "conduct", "configure", "coordinate", "create", "deliver", "deploy", "design", "develop", "direct",
        "document", "drive", "educate", "engineer", "establish", "evaluate", "execute", "facilitate", "generate", "grow", "guide", "identify",
        "implement", "improve", "increase", "lead", "launch", "maintain", "manage", "mentor", "monitor", "negotiate", "operate", "optimize",
        "organize", "oversee", "own", "perform", "plan", "prepare", "present", "process", "produce", "provide", "recruit", "reduce", "resolve",
        "review", "run", "schedule", "sell", "serve", "ship", "streamline", "supervise", "support", "teach", "test", "track", "train", "treat",
        "troubleshoot", "write", "answer", "book", "chart", "document", "install", "record", "greet", "prepare", "cook", "clean", "stock",
    };

    /// <summary>Openers that describe a duty rather than an achievement.</summary>
    public static readonly string[] WeakOpeners =
    [
        "responsible for", "duties included", "duties include", "tasked with", "worked on", "helped", "helped with", "assisted", "assisted with",
        "involved in", "participated in", "in charge of", "was", "were", "did", "handled various", "worked with", "various",
    ];

    /// <summary>Irregular past forms, so tense can be told without a dictionary.</summary>
    public static readonly HashSet<string> IrregularPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "built", "led", "ran", "grew", "drove", "wrote", "won", "sold", "taught", "oversaw", "made", "brought", "began", "chose", "cut", "fought",
        "found", "gave", "got", "held", "kept", "knew", "met", "paid", "put", "rode", "saw", "sent", "set", "spoke", "spent", "stood", "took",
        "thought", "understood", "went", "troubleshot", "rebuilt", "undertook", "overcame", "withdrew",
    };

    public static readonly string[] Cliches =
    [
        "team player", "hard worker", "hard-working", "hardworking", "go-getter", "think outside the box", "out of the box", "results-driven",
        "results-oriented", "detail-oriented", "synergy", "self-starter", "self starter", "proven track record", "dynamic", "motivated",
        "passionate", "best of breed", "go-to person", "works well under pressure", "work well under pressure", "excellent communication skills",
        "strategic thinker", "thought leader", "value add", "value-add", "dedicated professional", "highly motivated", "track record of success",
        "fast learner", "quick learner", "people person", "rockstar", "ninja", "guru", "wear many hats", "hit the ground running",
    ];

    public static readonly string[] StandardHeadings =
    [
        "summary", "professional summary", "profile", "professional profile", "objective", "career objective", "about", "about me",
        "experience", "work experience", "professional experience", "employment", "employment history", "work history", "career history",
        "relevant experience", "education", "education and training", "skills", "technical skills", "core competencies", "key skills",
        "certifications", "certificates", "licenses", "licenses and certifications", "certifications and licenses", "projects", "volunteer",
        "volunteer experience", "volunteering", "awards", "honors", "honors and awards", "publications", "languages", "interests",
        "references", "contact", "training", "professional development", "affiliations", "memberships", "professional affiliations",
        "leadership", "activities", "research", "teaching experience", "clinical experience", "military service", "additional information",
        "skills and certifications", "qualifications", "summary of qualifications", "highlights", "achievements", "accomplishments",
    ];
}
