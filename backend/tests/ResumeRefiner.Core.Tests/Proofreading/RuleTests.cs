using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>Every rule: text it must flag (with the fix it must offer) and text it must leave alone.</summary>
public class RuleTests
{
    private static readonly Proofreader Proofreader = new();

    private static void Passes(string rule, string text) => Assert.Empty(Issues(text, rule));

    [Theory]
    [InlineData("We recieved the report.", "recieved", "received")]
    [InlineData("Improved managment of the backlog.", "managment", "management")]
    [InlineData("The Enviroment was stable.", "Enviroment", "Environment")]
    [InlineData("We toured Eruope last year.", "Eruope", "Europe")]
    [InlineData("Skills: Comunication, Leadership, Budgeting", "Comunication", "Communication")]
    [InlineData("The storm caused two blakcouts downtown.", "blakcouts", "blackouts")]
    public void Spelling_flags_misspellings(string text, string span, string fix) => Flags("SPELLING", text, span, fix);

    [Theory]
    [InlineData("Deployed Kubernetes, PostgreSQL and gRPC services with OAuth2 on CI/CD pipelines.")]
    [InlineData("Earned PMP and B.Sc. in Computer Science; 5+ years of experience.")]
    [InlineData("Grew revenue to $1.2M in Q3 2021 for B2B clients.")]
    [InlineData("Contact: jane.doe@example.com, https://github.com/janedoe, @janedoe")]
    [InlineData("Upgraded Node.js to v18.2 and fixed config.yaml and build_tools.py.")]
    [InlineData("Worked with Priyanka Raghunathan and Oluwaseun Adeyemi at Initech.")]
    [InlineData("Led the ASPX to React migration using TypeScript and MobX.")]
    [InlineData("Re-engineered the billing flow and co-authored two papers.")]
    [InlineData("Architected, dockerized and productionized the pipeline.")]
    [InlineData("Reported to the Wendt family office and to Bauer.")]
    [InlineData("Titrated vasoactive drips in the cardiothoracic unit.")]
    [InlineData("Software: Adobe Creative Suite, Enscape, Grasshopper, Revit")]
    [InlineData("Graduate Research Assistant, Masarykova univerzita (2019 – 2024)")]
    [InlineData("lic. in Neuroscience, Politechnika Gdańska (2019 – 2022)")]
    [InlineData("Scanned the negatives at 400 ppi and sized ducts for 12 cfm.")]
    [InlineData("Mentor two junior designers on level blockouts and buildouts.")]
    public void Spelling_leaves_resume_idioms_alone(string text) => Passes("SPELLING", text);

    [Fact]
    public void Spelling_respects_the_personal_dictionary()
    {
        const string text = "Built tooling for the Wendt managment.";
        Assert.Contains(Proofreader.Check(text), i => i.Rule == "SPELLING");
        var options = new ProofreadingOptions { PersonalDictionary = ["managment"] };
        Assert.DoesNotContain(Proofreader.Check(text, options), i => i.Rule == "SPELLING");
    }

    [Fact]
    public void Spelling_accepts_british_english_in_either_variant()
    {
        // A resume written in British English is not full of mistakes in an en-US check (issue 18).
        const string text = "Organised the colour review.";
        Assert.DoesNotContain(Proofreader.Check(text), i => i.Rule == "SPELLING");
        Assert.DoesNotContain(Proofreader.Check(text, new ProofreadingOptions { Language = "en-GB" }), i => i.Rule == "SPELLING");
    }

    [Theory]
    [InlineData("I went to the the store.", " the", "")]
    [InlineData("We shipped it to to production.", " to", "")]
    public void Repeated_word(string text, string span, string fix) => Flags("REPEATED_WORD", text, span, fix);

    [Theory]
    [InlineData("She said that that was fine.")]
    [InlineData("The team had had enough.")]
    public void Repeated_word_allows_intended_doubles(string text) => Passes("REPEATED_WORD", text);

    [Theory]
    [InlineData("He is a engineer.", "a", "an")]
    [InlineData("Earned an MBA and a UX certificate, then an B2B role.", "an", "a")]
    [InlineData("It took a hour.", "a", "an")]
    [InlineData("She is an user of the tool.", "an", "a")]
    public void Article_by_sound(string text, string span, string fix) => Flags("GRAMMAR_A_AN", text, span, fix);

    [Theory]
    [InlineData("Earned an MBA and worked as a UX designer.")]
    [InlineData("Built an SQL database and a SQL report.")]
    [InlineData("Joined a university team for an hour, then an 8-hour shift.")]
    [InlineData("Got a one-year contract and an honest review from an FBI agent.")]
    [InlineData("Vitamin A levels and Plan A were fine.")]
    [InlineData("Wrote a URL shortener, an FAQ page and a NASA-style review for FP&A and R&D.")]
    [InlineData("Led an SQL audit, a SQL migration, an LLM evaluation and an HR review.")]
    public void Article_by_sound_accepts_correct_articles(string text) => Passes("GRAMMAR_A_AN", text);

    [Theory]
    [InlineData("Built an CRM integration.", "an", "a")]
    [InlineData("Ran a AWS migration.", "a", "an")]
    public void Article_before_an_acronym_only_where_both_readings_agree(string text, string span, string fix) => Flags("GRAMMAR_A_AN", text, span, fix);

    [Theory]
    [InlineData("Today we ship to production every day.")]
    [InlineData("Currently we retrain the models weekly.")]
    [InlineData("Also managed the vendor budget.")]
    public void No_comma_is_demanded_after_a_short_introductory_adverb(string text) => Passes("PUNCTUATION_INTRODUCTORY_COMMA", text);

    [Theory]
    [InlineData("The apprentices was trained every spring.", "was", "were")]
    [InlineData("Our embeddings is refreshed nightly.", "is", "are")]
    [InlineData("The attorneys has a summary before every deposition.", "has", "have")]
    public void A_plural_noun_subject_takes_a_plural_be_or_have(string text, string span, string fix) => Flags("GRAMMAR_SUBJECT_VERB", text, span, fix);

    [Theory]
    [InlineData("Analytics is a core skill of the team.")]
    [InlineData("The news was shared with every office.")]
    [InlineData("Sales has grown by 20% since 2021.")]
    [InlineData("The results of the audit were shared; the process was sound.")]
    public void Nouns_singular_in_use_and_correct_plurals_pass(string text) => Passes("GRAMMAR_SUBJECT_VERB", text);

    [Fact]
    public void An_ended_role_in_plain_text_opens_its_bullets_in_the_past_tense()
    {
        const string text = "Staff Nurse, Memorial Hospital (2017 – 2019)\n- Administered heparin drips.\n- Lead a unit council of twelve nurses.";
        Flags("GRAMMAR_TENSE_CONSISTENCY", text, "Lead", "Led");
    }

    [Theory]
    [InlineData("Charge Nurse (2019 – Present)\n- Assign patients each shift.\n- Reduced falls by 30%.")]
    [InlineData("Staff Nurse (2017 – 2019)\n- Administered heparin drips.\n- Set up a unit council.")]
    [InlineData("- Lead a team of five.\n- Built the billing API.")]
    public void Current_roles_and_bullets_without_a_dated_role_are_not_judged(string text) => Passes("GRAMMAR_TENSE_CONSISTENCY", text);

    [Fact]
    public void Doubled_article() => Flags("GRAMMAR_DOUBLED_ARTICLE", "We bought a the car.", "a ", "");

    [Fact]
    public void Doubled_article_passes_single_article() => Passes("GRAMMAR_DOUBLED_ARTICLE", "We bought a car and the house.");

    [Theory]
    [InlineData("They have went home.", "went", "gone")]
    [InlineData("She has ran the program.", "ran", "run")]
    [InlineData("We had already ate lunch.", "ate", "eaten")]
    public void Perfect_needs_participle(string text, string span, string fix) => Flags("GRAMMAR_PERFECT_PARTICIPLE", text, span, fix);

    [Theory]
    [InlineData("They have gone home.")]
    [InlineData("She has run the program since 2019.")]
    [InlineData("I had a laptop that ran Linux.")]
    public void Perfect_with_participle_passes(string text) => Passes("GRAMMAR_PERFECT_PARTICIPLE", text);

    [Theory]
    [InlineData("He can makes it work.", "makes", "make")]
    [InlineData("She didn't went there.", "went", "go")]
    [InlineData("It will helps us.", "helps", "help")]
    public void Base_form_after_auxiliary(string text, string span, string fix) => Flags("GRAMMAR_BASE_FORM", text, span, fix);

    [Theory]
    [InlineData("He can make it work.")]
    [InlineData("Bought a can of paint in May 2021.")]
    [InlineData("It will help the teams.")]
    public void Base_form_after_auxiliary_passes(string text) => Passes("GRAMMAR_BASE_FORM", text);

    [Theory]
    [InlineData("He have a car.", "have", "has")]
    [InlineData("They has a plan.", "has", "have")]
    [InlineData("People is happy.", "is", "are")]
    [InlineData("She go to work.", "go", "goes")]
    [InlineData("They makes good food.", "makes", "make")]
    [InlineData("When someone have two degrees it helps.", "have", "has")]
    [InlineData("If everyone do the same, nothing changes.", "do", "does")]
    public void Subject_verb_agreement(string text, string span, string fix) => Flags("GRAMMAR_SUBJECT_VERB", text, span, fix);

    [Theory]
    [InlineData("He has a car and they have a plan.")]
    [InlineData("Let it go and make it work.")]
    [InlineData("Does she know the answer?")]
    [InlineData("People are happy.")]
    [InlineData("We waited until it rained.")]
    [InlineData("I insist that he go alone.")]
    public void Subject_verb_agreement_passes(string text) => Passes("GRAMMAR_SUBJECT_VERB", text);

    [Theory]
    [InlineData("If we have this quality then no one can beat us.", "quality ", "quality, ")]
    [InlineData("If any problem occurs in older age it is hard to treat.", "age ", "age, ")]
    [InlineData("When the release is late we can still ship a patch.", "late ", "late, ")]
    public void Comma_after_an_opening_subordinate_clause(string text, string span, string fix) => Flags("PUNCTUATION_SUBORDINATE_CLAUSE_COMMA", text, span, fix);

    [Theory]
    [InlineData("If we have this quality, then no one can beat us.")]
    [InlineData("When I think it is right I say so.")]
    [InlineData("If you believe we can do it.")]
    [InlineData("Because the data showed it was wrong.")]
    [InlineData("We ship when it is ready.")]
    [InlineData("Led the team when we were short of staff.")]
    public void Comma_after_an_opening_subordinate_clause_passes(string text) => Passes("PUNCTUATION_SUBORDINATE_CLAUSE_COMMA", text);

    [Fact]
    public void Double_comparative() => Flags("GRAMMAR_DOUBLE_COMPARATIVE", "This is more better now.", "more better", "better");

    [Fact]
    public void Double_comparative_passes() => Passes("GRAMMAR_DOUBLE_COMPARATIVE", "This is more useful and better.");

    [Fact]
    public void Uncountable_plural() => Flags("GRAMMAR_UNCOUNTABLE_PLURAL", "He gave me some advices.", "advices", "advice");

    [Fact]
    public void Uncountable_plural_passes() => Passes("GRAMMAR_UNCOUNTABLE_PLURAL", "He gave me some advice and information.");

    [Theory]
    [InlineData("There are many problem here.", "problem", "problems")]
    [InlineData("I solved this problems quickly.", "this", "these")]
    public void Noun_number(string text, string span, string fix) => Flags("GRAMMAR_NOUN_NUMBER", text, span, fix);

    [Theory]
    [InlineData("There are many problems and several software engineers.")]
    [InlineData("This means we believe that students have time.")]
    [InlineData("Schedule a team of nine in 7shifts every week.")]
    public void Noun_number_passes(string text) => Passes("GRAMMAR_NOUN_NUMBER", text);

    [Fact]
    public void Article_before_plural() => Flags("GRAMMAR_ARTICLE_PLURAL", "It was a problems for us.", "a problems", "problems");

    [Theory]
    [InlineData("Advised on M&A transactions and Q&A sessions.")]
    [InlineData("It was a problem for us.")]
    public void Article_before_plural_passes(string text) => Passes("GRAMMAR_ARTICLE_PLURAL", text);

    [Theory]
    [InlineData("CONFUSABLE_THEN_THAN", "It is bigger then mine.", "then", "than")]
    [InlineData("CONFUSABLE_THEIR_THERE", "Their is a problem.", "Their", "There")]
    [InlineData("CONFUSABLE_ITS_IT_S", "Its a good idea.", "Its", "It's")]
    [InlineData("CONFUSABLE_ITS_IT_S", "The team has it's own budget.", "it's", "its")]
    [InlineData("CONFUSABLE_YOUR_YOU_RE", "Your welcome to join.", "Your", "You're")]
    [InlineData("CONFUSABLE_TO_TOO", "It costs to much.", "to", "too")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "It had a big affect on sales.", "affect", "effect")]
    [InlineData("CONFUSABLE_LEAD_LED", "The project was lead by Maria.", "lead", "led")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Users will loose their data.", "loose", "lose")]
    [InlineData("CONFUSABLE_PRINCIPAL_PRINCIPLE", "Promoted to principle engineer.", "principle", "principal")]
    [InlineData("CONFUSABLE_COMPLEMENT_COMPLIMENT", "The tools compliment each other.", "compliment", "complement")]
    [InlineData("CONFUSABLE_COULD_OF", "We could of won.", "of", "have")]
    [InlineData("CONFUSABLE_CONTRACTION", "I dont know.", "dont", "don't")]
    public void Confusables_in_context(string rule, string text, string span, string fix) => Flags(rule, text, span, fix);

    [Theory]
    [InlineData("CONFUSABLE_THEN_THAN", "We tested it and then shipped it; it is bigger than mine.")]
    [InlineData("CONFUSABLE_THEIR_THERE", "There is a problem with their own code over there.")]
    [InlineData("CONFUSABLE_ITS_IT_S", "It's a good idea and the team has its own budget.")]
    [InlineData("CONFUSABLE_YOUR_YOU_RE", "You're welcome to bring your team.")]
    [InlineData("CONFUSABLE_TO_TOO", "We went to many places and it costs too much.")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "The change had a big effect and will affect the users.")]
    [InlineData("CONFUSABLE_LEAD_LED", "Served as lead engineer; led the migration and will lead the team.")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Users will lose data if the cable is loose.")]
    [InlineData("CONFUSABLE_PRINCIPAL_PRINCIPLE", "Principal engineer applying SOLID principles.")]
    [InlineData("CONFUSABLE_COMPLEMENT_COMPLIMENT", "The tools complement each other and she got a compliment.")]
    [InlineData("CONFUSABLE_COULD_OF", "We could have won; it could of course fail.")]
    [InlineData("CONFUSABLE_CONTRACTION", "I don't know; the cant of the ship was fine.")]
    public void Confusables_pass_correct_usage(string rule, string text) => Passes(rule, text);

    [Fact]
    public void Lowercase_i() => Flags("CAPITALIZATION_I", "Yesterday i went home.", "i", "I");

    [Fact]
    public void Lowercase_i_passes_roman_numerals_and_ie() => Passes("CAPITALIZATION_I", "Options: (i) fast, i.e. cheap; I agree.");

    [Fact]
    public void Sentence_start_capital() => Flags("CAPITALIZATION_SENTENCE_START", "It works. the rest does not.", "the", "The");

    [Theory]
    [InlineData("led a team of 5 engineers.")]
    [InlineData("Earned a B.Tech. in Electronics. Graduated in 2012.")]
    [InlineData("Used tools, e.g. kubectl and helm.")]
    [InlineData("lic. in Neuroscience, Politechnika Gdańska (2019 – 2022)")]
    public void Sentence_start_capital_passes_bullets_and_abbreviations(string text) => Passes("CAPITALIZATION_SENTENCE_START", text);

    [Theory]
    [InlineData("Built the frontend in javascript.", "javascript", "JavaScript")]
    [InlineData("Speaks english and French.", "english", "English")]
    [InlineData("Migrated data to postgresql.", "postgresql", "PostgreSQL")]
    public void Proper_noun_capitals(string text, string span, string fix) => Flags("CAPITALIZATION_PROPER_NOUN", text, span, fix);

    [Theory]
    [InlineData("Graduated magna cum laude; wrote a go program to rust-proof the spring build.")]
    [InlineData("Installed with npm install react and pip install pandas.")]
    public void Proper_noun_capitals_pass_ordinary_words(string text) => Passes("CAPITALIZATION_PROPER_NOUN", text);

    [Fact]
    public void Mid_sentence_capital() => Flags("CAPITALIZATION_MID_SENTENCE", "For example, My cousin is twelve.", "My", "my");

    [Fact]
    public void Mid_sentence_capital_passes_names() => Passes("CAPITALIZATION_MID_SENTENCE", "For example, Maria and Acme were there.");

    [Theory]
    [InlineData("We shipped it , then left.", " ,", ",")]
    [InlineData("We shipped it,then left.", ",", ", ")]
    public void Punctuation_spacing(string text, string span, string fix) => Flags("PUNCTUATION_SPACING", text, span, fix);

    [Fact]
    public void Punctuation_spacing_passes_numbers_and_versions() => Passes("PUNCTUATION_SPACING", "Raised 1,200,000 dollars; shipped v2.1 and Node.js.");

    [Fact]
    public void Doubled_punctuation() => Flags("PUNCTUATION_DOUBLED", "We shipped it,, then left.", ",,", ",");

    [Fact]
    public void Doubled_punctuation_passes_ellipsis() => Passes("PUNCTUATION_DOUBLED", "We waited... and shipped it.");

    [Fact]
    public void Unbalanced_brackets()
    {
        Assert.Single(Issues("Led the team (five people.", "PUNCTUATION_UNBALANCED"));
        Assert.Single(Issues("He said \"hello to me.", "PUNCTUATION_UNBALANCED"));
    }

    [Fact]
    public void Balanced_brackets_and_list_markers_pass() => Passes("PUNCTUATION_UNBALANCED", "a) Led the team (five people) and said \"hi\".\n1) Done [ok].");

    [Fact]
    public void Number_spacing() => Flags("TYPOGRAPHY_NUMBER_SPACING", "My cousin is 12years old.", "12years", "12 years");

    [Fact]
    public void Number_spacing_passes_units() => Passes("TYPOGRAPHY_NUMBER_SPACING", "Cut latency to 40ms on 3D maps with 2FA, 24x7, the 21st year.");

    [Fact]
    public void Multiple_spaces() => Flags("TYPOGRAPHY_MULTIPLE_SPACES", "We shipped  the code.", "  ", " ");

    [Fact]
    public void Rules_can_be_switched_off_by_id()
    {
        const string text = "I went to the the store.";
        Assert.NotEmpty(Issues(text, "REPEATED_WORD"));
        var off = Proofreader.Check(text, new ProofreadingOptions { DisabledRules = ["REPEATED_WORD"] });
        Assert.DoesNotContain(off, i => i.Rule == "REPEATED_WORD");
    }

    [Fact]
    public void Every_rule_id_is_unique_and_stable() =>
        Assert.Equal(Proofreader.RuleIds.Count, Proofreader.RuleIds.Distinct().Count());
}
