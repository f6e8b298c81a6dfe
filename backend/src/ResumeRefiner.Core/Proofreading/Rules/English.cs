using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Proofreading.Rules;

/// <summary>Closed word classes and irregular forms the grammar rules reason with.</summary>
internal static class English
{
    public static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "will", "would", "shall", "should", "may", "might", "must",
    };

    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "some", "any",
        "no", "every", "each", "either", "neither", "much", "many", "few", "several", "another", "such",
    };

    public static readonly HashSet<string> SingularSubjects = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "everyone", "everybody", "someone", "somebody", "nobody" };

    public static readonly HashSet<string> PluralSubjects = new(StringComparer.OrdinalIgnoreCase) { "they", "we", "you" };

    /// <summary>Words after which a bare verb is normal ("let it go", "did he know", "to go").</summary>
    public static readonly HashSet<string> BareVerbTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "do", "does", "did", "don't", "doesn't", "didn't", "let", "lets", "make", "makes", "made", "help", "helps",
        "helped", "watch", "watched", "see", "saw", "seen", "hear", "heard", "have", "has", "had", "feel", "felt", "can",
        "could", "will", "would", "shall", "should", "may", "might", "must", "not", "why", "if", "unless", "that", "whether",
        "till", "until", "before", "after", "when", "while", "lest", "bid", "had", "notice", "noticed", "keep", "cannot",
        "can't", "won't", "wouldn't", "shouldn't", "couldn't", "mustn't", "wanna", "gonna", "rather", "sooner",
    };

    /// <summary>base → (simple past, past participle) where the two differ or are irregular.</summary>
    public static readonly Dictionary<string, (string Past, string Participle)> IrregularVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["go"] = ("went", "gone"),
        ["do"] = ("did", "done"),
        ["see"] = ("saw", "seen"),
        ["come"] = ("came", "come"),
        ["become"] = ("became", "become"),
        ["run"] = ("ran", "run"),
        ["eat"] = ("ate", "eaten"),
        ["write"] = ("wrote", "written"),
        ["take"] = ("took", "taken"),
        ["give"] = ("gave", "given"),
        ["begin"] = ("began", "begun"),
        ["drink"] = ("drank", "drunk"),
        ["speak"] = ("spoke", "spoken"),
        ["choose"] = ("chose", "chosen"),
        ["know"] = ("knew", "known"),
        ["grow"] = ("grew", "grown"),
        ["throw"] = ("threw", "thrown"),
        ["fly"] = ("flew", "flown"),
        ["drive"] = ("drove", "driven"),
        ["ride"] = ("rode", "ridden"),
        ["swim"] = ("swam", "swum"),
        ["sing"] = ("sang", "sung"),
        ["ring"] = ("rang", "rung"),
        ["freeze"] = ("froze", "frozen"),
        ["steal"] = ("stole", "stolen"),
        ["tear"] = ("tore", "torn"),
        ["wear"] = ("wore", "worn"),
        ["shake"] = ("shook", "shaken"),
        ["fall"] = ("fell", "fallen"),
        ["break"] = ("broke", "broken"),
        ["forget"] = ("forgot", "forgotten"),
        ["hide"] = ("hid", "hidden"),
        ["rise"] = ("rose", "risen"),
        ["arise"] = ("arose", "arisen"),
        ["bite"] = ("bit", "bitten"),
        ["blow"] = ("blew", "blown"),
        ["draw"] = ("drew", "drawn"),
        ["forgive"] = ("forgave", "forgiven"),
        ["mistake"] = ("mistook", "mistaken"),
        ["show"] = ("showed", "shown"),
        ["sink"] = ("sank", "sunk"),
        ["shrink"] = ("shrank", "shrunk"),
        ["stink"] = ("stank", "stunk"),
        ["undertake"] = ("undertook", "undertaken"),
        ["overtake"] = ("overtook", "overtaken"),
        ["withdraw"] = ("withdrew", "withdrawn"),
        ["wake"] = ("woke", "woken"),
        ["prove"] = ("proved", "proven"),
        ["get"] = ("got", "gotten"),
        ["be"] = ("was", "been"),
        ["lie"] = ("lay", "lain"),
        ["strive"] = ("strove", "striven"),
        ["forbid"] = ("forbade", "forbidden"),
        ["rewrite"] = ("rewrote", "rewritten"),
        ["overcome"] = ("overcame", "overcome"),
    };

    /// <summary>Irregular participle or past → base, for "has went" and "did went".</summary>
    public static readonly Dictionary<string, string> PastToBase = IrregularVerbs
        .Where(kv => !kv.Value.Past.Equals(kv.Value.Participle, StringComparison.OrdinalIgnoreCase) && kv.Key != "get" && kv.Key != "lie" && kv.Key != "prove" && kv.Key != "show")
        .ToDictionary(kv => kv.Value.Past, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that take no plural in standard English.</summary>
    public static readonly Dictionary<string, string> UncountablePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["informations"] = "information",
        ["advices"] = "advice",
        ["furnitures"] = "furniture",
        ["equipments"] = "equipment",
        ["knowledges"] = "knowledge",
        ["homeworks"] = "homework",
        ["softwares"] = "software",
        ["hardwares"] = "hardware",
        ["musics"] = "music",
        ["luggages"] = "luggage",
        ["baggages"] = "baggage",
        ["evidences"] = "evidence",
        ["researchs"] = "research",
        ["vocabularies"] = "vocabulary",
        ["sceneries"] = "scenery",
        ["traffics"] = "traffic",
        ["pollutions"] = "pollution",
        ["moneys"] = "money",
        ["childrens"] = "children",
        ["peoples"] = "people",
        ["mens"] = "men",
        ["womens"] = "women",
        ["feets"] = "feet",
        ["teeths"] = "teeth",
        ["mices"] = "mice",
        ["staffs"] = "staff",
        ["feedbacks"] = "feedback",
        ["machineries"] = "machinery",
        ["jewelries"] = "jewelry",
    };

    /// <summary>Plurals of count nouns in "-ic" ("the clinics were"), unlike "-ics" fields that are singular in use ("Analytics is").</summary>
    public static readonly HashSet<string> IcsPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "clinics", "topics", "tactics", "metrics", "critics", "comics", "relics", "medics", "paramedics", "epics", "mosaics",
        "heuristics", "characteristics", "antibiotics", "narcotics", "lyrics", "picnics", "fabrics", "schematics", "specifics",
        "clerics", "skeptics", "sceptics", "academics", "alcoholics", "diabetics",
    };

    /// <summary>Is this lower-case word a verb in its base form, judged by the dictionary's affix flags?</summary>
    public static bool IsBaseVerb(string lower, LanguageResources resources)
    {
        var flags = resources.Dictionary.RootFlags(lower);
        return flags is not null && flags.Contains('G', StringComparison.Ordinal) && !lower.EndsWith('s');
    }

    /// <summary>If the word is a third-person singular verb ("makes", "goes"), its base form.</summary>
    public static string? BaseOfThirdPerson(string lower, LanguageResources resources)
    {
        if (lower.Length < 3 || !lower.EndsWith('s') || lower.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        string[] candidates = lower.EndsWith("ies", StringComparison.Ordinal)
            ? [lower[..^3] + "y", lower[..^1]]
            : lower.EndsWith("es", StringComparison.Ordinal) ? [lower[..^2], lower[..^1]] : [lower[..^1]];
        foreach (var c in candidates)
        {
            if (IsBaseVerb(c, resources) && resources.Dictionary.ContainsExact(c))
            {
                return c;
            }
        }

        return lower switch
        {
            "has" => "have",
            "does" => "do",
            "is" => "be",
            _ => null,
        };
    }

    /// <summary>The third-person singular of a base verb ("go" → "goes", "try" → "tries").</summary>
    public static string ThirdPerson(string verb, LanguageResources resources)
    {
        if (verb == "have")
        {
            return "has";
        }

        if (verb == "be")
        {
            return "is";
        }

        string[] candidates = verb.EndsWith('y') && verb.Length > 1 && !Keyboard.IsVowel(verb[^2])
            ? [verb[..^1] + "ies"]
            : [verb + "es", verb + "s"];
        if (verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith('o'))
        {
            candidates = [verb + "es"];
        }

        foreach (var c in candidates)
        {
            if (resources.Dictionary.ContainsExact(c))
            {
                return c;
            }
        }

        return verb + "s";
    }
}
