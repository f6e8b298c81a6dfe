namespace ResumeRefiner.Core.Analysis;

/// <summary>Why a language finding matters, in a recruiter's terms: each kind of finding explains itself.</summary>
internal static class LanguageExplanations
{
    public static string WhyItMatters(string rule, string category) => rule switch
    {
        "STYLE_PASSIVE_VOICE" => "Passive voice hides who did the work; recruiters want to see what you did.",
        "STYLE_WEAK_OPENER" => "Duty phrases (\"Responsible for\", \"Worked on\") describe the job, not what you achieved in it.",
        "STYLE_FILLER_WORD" => "Filler words take space on a page a recruiter skims in seconds and add no information.",
        "STYLE_OVERLONG_BULLET" => "Bullets over two lines are skimmed past; one idea and one result per bullet reads fastest.",
        "STYLE_NUMBER_FORMAT" => "Numbers written two ways look careless and are harder to compare at a glance.",
        "GRAMMAR_TENSE_CONSISTENCY" => "Mixed tenses read as careless; ended roles are described in the past tense.",
        _ when rule.StartsWith("CONFUSABLE_", StringComparison.Ordinal) =>
            "A spell checker cannot catch a real word in the wrong place (\"lead\" for \"led\", \"their\" for \"there\"), but a recruiter notices it.",
        _ when rule.StartsWith("CAPITALIZATION_", StringComparison.Ordinal) =>
            "Names of products and languages written in their proper case show care and match how recruiters search for them.",
        _ => category switch
        {
            "spelling" => "Spelling mistakes are among the first reasons recruiters give for rejecting a resume.",
            "grammar" => "Grammar slips read as carelessness, and a resume is read as a sample of your written work.",
            "punctuation" => "Punctuation slips make a sentence harder to read and look unpolished.",
            "typography" => "Stray spaces and glued words look unpolished on the page and can confuse an ATS.",
            _ => "Wording that reads as generic or indirect makes your achievements harder to see.",
        },
    };
}
