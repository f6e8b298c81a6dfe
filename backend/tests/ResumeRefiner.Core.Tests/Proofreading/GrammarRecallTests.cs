using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>
/// Issue 18, fifth round: grammar recall on resume shapes the earlier rounds missed (their/there, dated past tense,
/// participles, coordinated tense, compound and "each of" subjects), each with near misses that must stay clean, and
/// trade words that must not be taken for slips.
/// </summary>
public class GrammarRecallTests
{
    private const string EndedRole = "Line Cook, Harbor Grill (2016 – 2019)\n";

    private static readonly Proofreader Proofreader = new();

    [Theory]
    [InlineData("Supervise three social workers and sign off there assessments.")]
    [InlineData("Noted any change in there appetite.")]
    [InlineData("Make sure there actions are closed on time.")]
    [InlineData("Make sure patrol vehicles are inspected and there logs are signed each shift.")]
    [InlineData("Covered the council and there budget hearings for two years.")]
    [InlineData("Educated patients on flossing and there effect on bleeding.")]
    public void There_before_a_noun_is_their(string text) => Flags("CONFUSABLE_THEIR_THERE", text, "there", "their");

    [Theory]
    [InlineData("Worked there three years and moved over there months later.")]
    [InlineData("Make sure there are enough beds and there is a nurse in there tonight.")]
    [InlineData("Drove to the site and there students are taught to weld.")]
    [InlineData("Got the team there on time and there was no delay.")]
    [InlineData("We signed off there, and then went home.")]
    public void There_as_an_adverb_or_expletive_is_left_alone(string text) => Assert.Empty(Issues(text, "CONFUSABLE_THEIR_THERE"));

    [Theory]
    [InlineData("• Lead the rollout of Zoom Rooms to 30 conference rooms in 2022.", "Lead", "Led")]
    [InlineData("• Lead a tasting for the inspectors' return visit in 2023.", "Lead", "Led")]
    [InlineData("• Migrate the billing service to Kubernetes in 2021, saving 20% on hosting.", "Migrate", "Migrated")]
    public void A_bullet_dated_to_a_past_year_opens_in_the_past(string text, string span, string fix) => Flags("GRAMMAR_TENSE_DATED", text, span, fix);

    [Theory]
    [InlineData("• Make 60+ calls a day and book 12 demos a week, 118% of quota in 2023.")]
    [InlineData("• Manage the grant awarded in 2021.")]
    [InlineData("• Lead the team since the merger in 2020.")]
    [InlineData("• Led the rollout of Zoom Rooms in 2022.")]
    [InlineData("• Lead engineer for the payments platform in 2022.")]
    [InlineData("Lead the rollout in 2022.")]
    public void Dated_bullets_that_are_habits_past_or_not_verbs_are_left_alone(string text) => Assert.Empty(Issues(text, "GRAMMAR_TENSE_DATED"));

    [Theory]
    [InlineData("Was took off mowing and made foreman after my first season.", "took", "taken")]
    [InlineData("Was gave the district award for patient satisfaction.", "gave", "given")]
    [InlineData("Was chose to run the pastry station at a charity dinner.", "chose", "chosen")]
    [InlineData("Graded footage in Resolve and done basic sound mixes in Audition.", "done", "did")]
    public void A_participle_where_be_or_a_past_needs_the_other_form(string text, string span, string fix) => Flags("GRAMMAR_PARTICIPLE", text, span, fix);

    [Theory]
    [InlineData("What it was took us years to learn.")]
    [InlineData("The blade was saw-toothed and the ring was rose gold.")]
    [InlineData("Was taken off mowing and given the foreman role.")]
    [InlineData("Designed the lab and done by March, the move went well.")]
    [InlineData("Have done the audits and written the reports.")]
    [InlineData("The rule turns \"The handbook were\" → \"was\" in a quote.")]
    public void Participles_and_pasts_in_their_place_are_left_alone(string text) => Assert.Empty(Issues(text, "GRAMMAR_PARTICIPLE"));

    [Theory]
    [InlineData("• Ran stress tests on coverage and verify risk ratings with the credit officer.", "verify", "verified")]
    [InlineData("• Cut water use per acre by 15% and receive a county conservation award.", "receive", "received")]
    [InlineData("• Charged faces with emulsion and hook up detonators under direction.", "hook", "hooked")]
    [InlineData("• Issued POs in Oracle EBS and follow up on late shipments.", "follow", "followed")]
    [InlineData("• Scheduled patients and explain treatment plans.", "explain", "explained")]
    public void In_an_ended_role_a_verb_joined_to_a_past_is_past(string bullet, string span, string fix) =>
        Flags("GRAMMAR_TENSE_COORDINATION", EndedRole + bullet, span, fix);

    [Theory]
    [InlineData("• Processed markdowns and price changes for the store.")]
    [InlineData("• Managed costs and lead times with suppliers.")]
    [InlineData("• Calibrated sprayers and train operators' cabs.")]
    [InlineData("• Helped families apply for benefits and find housing.")]
    [InlineData("• Reduced waste and fuel consumption by 12%.")]
    public void In_an_ended_role_nouns_after_and_are_left_alone(string bullet) =>
        Assert.Empty(Issues(EndedRole + bullet, "GRAMMAR_TENSE_COORDINATION"));

    [Fact]
    public void In_a_current_role_a_verb_joined_to_a_past_is_left_alone() =>
        Assert.Empty(Issues("Line Cook, Harbor Grill (2019 – Present)\n• Issued POs in Oracle EBS and follow up on late shipments.", "GRAMMAR_TENSE_COORDINATION"));

    [Theory]
    [InlineData("Each of the clinics have a thin-client cart.", "have", "has")]
    [InlineData("Each of the department leads own a KPI and presents it.", "own", "owns")]
    [InlineData("The practice's two opticians and one lab tech handles about 60 orders a week.", "handles", "handle")]
    [InlineData("Our nurses and the doctor meets every Tuesday.", "meets", "meet")]
    [InlineData("The sourdough starter and the rye sour was fed twice a day.", "was", "were")]
    [InlineData("The nurse and I was the only ones licensed to spray.", "was", "were")]
    public void Agreement_with_each_of_compound_and_ic_plural_subjects(string text, string span, string fix) =>
        Flags("GRAMMAR_NOUN_SUBJECT_VERB", text, span, fix);

    [Fact]
    public void A_plural_of_an_ic_noun_is_plural() => Flags("GRAMMAR_SUBJECT_VERB", "Our clinics was closed on Sunday.", "was", "were");

    [Theory]
    [InlineData("Each of the clinics has a cart.")]
    [InlineData("One of the clinics has a cart.")]
    [InlineData("Analytics is my field and the logistics was smooth.")]
    [InlineData("The nurse and the doctor meet every Tuesday.")]
    [InlineData("The nurse and I were the only ones licensed to spray.")]
    [InlineData("Each of the department leads owns a KPI.")]
    public void Agreeing_subjects_are_left_alone(string text)
    {
        Assert.Empty(Issues(text, "GRAMMAR_NOUN_SUBJECT_VERB"));
        Assert.Empty(Issues(text, "GRAMMAR_SUBJECT_VERB"));
    }

    [Theory]
    [InlineData("IT Support Specialist, Cascade Health Partners (2021 – Present)")]
    [InlineData("IT Intern, Portland Community College")]
    public void The_acronym_IT_is_not_the_pronoun(string text) => Assert.Empty(Issues(text, "GRAMMAR_SUBJECT_VERB"));

    [Fact]
    public void The_pronoun_it_still_takes_a_singular_verb() => Flags("GRAMMAR_SUBJECT_VERB", "When the queue grows, it slow down the desk.", "slow", "slows");

    [Theory]
    [InlineData("Data from our last two user surveys shows that speed matters.", "GRAMMAR_NOUN_NUMBER")]
    [InlineData("Added captions for viewers who's first language was not English.", "GRAMMAR_SUBJECT_PHRASE_VERB")]
    public void Modifiers_and_contractions_are_not_subjects_or_counts(string text, string rule) => Assert.Empty(Issues(text, rule));

    [Fact]
    public void A_count_before_a_singular_noun_is_still_flagged() => Flags("GRAMMAR_NOUN_NUMBER", "There are many problem here and several user surveys.", "problem", "problems");

    [Theory]
    [InlineData("CONFUSABLE_ADVICE_ADVISE", "Give clients honest advise on which trees to remove.", "advise", "advice")]
    [InlineData("CONFUSABLE_ADVICE_ADVISE", "Teach patients to insert contacts and advice them on lens care.", "advice", "advise")]
    [InlineData("CONFUSABLE_MORAL_MORALE", "Crew moral improved after we added a Friday lunch.", "moral", "morale")]
    [InlineData("CONFUSABLE_MORAL_MORALE", "Boosted moral on the night shift.", "moral", "morale")]
    [InlineData("CONFUSABLE_STATIONARY_STATIONERY", "Kept the stationary cupboard stocked.", "stationary", "stationery")]
    [InlineData("CONFUSABLE_STATIONARY_STATIONERY", "Ordered office furniture and stationary on the state contract.", "stationary", "stationery")]
    [InlineData("CONFUSABLE_PERSONAL_PERSONNEL", "Coordinated IT personal at nine schools.", "personal", "personnel")]
    [InlineData("CONFUSABLE_TO_TWO", "Answered phones and booked exams for to doctors.", "to", "two")]
    [InlineData("CONFUSABLE_WHERE_WERE", "Timed plating so desserts where served within two minutes.", "where", "were")]
    [InlineData("CONFUSABLE_WHERE_WERE", "On Fridays we where short of staff.", "where", "were")]
    [InlineData("CONFUSABLE_DESERT_DESSERT", "Sold desert boxes at the farmers market.", "desert", "dessert")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Make sure no user looses data in a swap.", "looses", "loses")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Chose plants that loose few leaves in winter.", "loose", "lose")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Tightened hinges that had come lose and replaced screws.", "lose", "loose")]
    [InlineData("CONFUSABLE_PRINCIPAL_PRINCIPLE", "The principle risk in the category is a single foundry.", "principle", "principal")]
    public void Confusables_in_resume_contexts(string rule, string text, string span, string fix) => Flags(rule, text, span, fix);

    [Theory]
    [InlineData("Gave advice on pensions, advise clients on risk and advised the board.")]
    [InlineData("Provided moral support and high moral standards; the moral of the story was clear.")]
    [InlineData("Kept the vehicle stationary for five minutes on a stationary bike.")]
    [InlineData("Gave personal advice, made it personal, and kept personal records on file.")]
    [InlineData("Moved on to bigger projects, listened to clients and went back to basics.")]
    [InlineData("Staffed the areas where needed and the rooms where patients sleep, as we planned where to go.")]
    [InlineData("Crossed the desert on foot and deserted posts were reported.")]
    [InlineData("Cut loose the old process; did not lose a client; wore loose clothing.")]
    [InlineData("The principle states that each team owns its code; the principle of least privilege.")]
    public void Right_words_in_those_contexts_are_left_alone(string text)
    {
        string[] rules = ["CONFUSABLE_ADVICE_ADVISE", "CONFUSABLE_MORAL_MORALE", "CONFUSABLE_STATIONARY_STATIONERY", "CONFUSABLE_PERSONAL_PERSONNEL", "CONFUSABLE_TO_TWO",
            "CONFUSABLE_WHERE_WERE", "CONFUSABLE_DESERT_DESSERT", "CONFUSABLE_LOOSE_LOSE", "CONFUSABLE_PRINCIPAL_PRINCIPLE"];
        Assert.DoesNotContain(Proofreader.Check(text), i => rules.Contains(i.Rule));
    }

    [Theory]
    [InlineData("Worked on a yuzu and matcha menu, scones, macarons and madeleines with the commis.")]
    [InlineData("Maintained the levain and the poolish, piped ganache and choux every morning.")]
    [InlineData("Installed pavers and synced clips by timecode and keyframes.")]
    [InlineData("Vaccinated, dewormed and microchipped intakes; handled badging and upsold packages.")]
    public void Trade_words_are_not_spelling_slips(string text) => Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("• Managed team of four editors and two motion designers.", "team", "a team")]
    [InlineData("Led crew of 12 installers across three counties.", "crew", "a crew")]
    [InlineData("Manage team of five technicians on nights.", "team", "a team")]
    public void An_opening_verb_before_team_of_needs_an_article(string text, string span, string fix) => Flags("GRAMMAR_ARTICLE_FRAME", text, span, fix);

    [Theory]
    [InlineData("• Managed a team of four editors.")]
    [InlineData("• The pastry team of six cooks reports to me.")]
    [InlineData("• Support team of five engineers on call.")]
    [InlineData("• Managed team meetings and the crew schedule.")]
    public void Team_of_with_an_article_or_as_a_noun_phrase_is_left_alone(string text) => Assert.Empty(Issues(text, "GRAMMAR_ARTICLE_FRAME"));

    [Theory]
    [InlineData("Work with freight forwarders, customs brokers, carriers and our warehouse team.")]
    [InlineData("Handled it the same way every time.")]
    [InlineData("Checked it while on call.")]
    [InlineData("Kept the notes, leaving it out of reports.")]
    [InlineData("Transcribe recorded hearings, police interviews and client dictation.")]
    public void Nouns_and_particles_after_a_subject_like_word_are_not_verbs(string text) => Assert.Empty(Issues(text, "GRAMMAR_SUBJECT_VERB"));

    [Theory]
    [InlineData("When the queue grows, it slow down the desk.", "slow", "slows")]
    [InlineData("The students thinks the test is fair.", "thinks", "think")]
    [InlineData("The police is on site.", "is", "are")]
    public void Subject_verb_slips_are_still_found(string text, string span, string fix) => Flags("GRAMMAR_SUBJECT_VERB", text, span, fix);

    [Fact]
    public void Form_before_a_number_names_a_form() => Assert.Empty(Issues("Prepared Form 1040 returns and filed form 941 quarterly.", "CONFUSABLE_FORM_FROM"));

    [Theory]
    [InlineData("Stayed discrete about client health details.")]
    [InlineData("Kept patient records private and was discrete with families.")]
    [InlineData("Always discrete, even on busy nights.")]
    public void Discrete_for_tactful_is_discreet(string text) => Flags("CONFUSABLE_DISCRETE_DISCREET", text, "discrete", "discreet");

    [Theory]
    [InlineData("Split the migration into discrete steps with clear owners.")]
    [InlineData("Modelled discrete with respect to time and built discrete-event simulations.")]
    [InlineData("Handled complaints discreetly and stayed discreet about pricing.")]
    public void Discrete_as_separate_is_left_alone(string text) => Assert.Empty(Issues(text, "CONFUSABLE_DISCRETE_DISCREET"));

    [Theory]
    [InlineData("Member, Amercian Society of Civil Engineers", "Amercian", "American")]
    [InlineData("Completed the Interpreter Preperation Program in 2019.", "Preperation", "Preparation")]
    [InlineData("Passed the Marine Enginering Certificate exam.", "Enginering", "Engineering")]
    public void A_long_word_in_a_title_one_slip_from_a_common_word_is_flagged(string text, string span, string fix) =>
        Flags("SPELLING", text, span, fix);

    [Theory]
    [InlineData("Lydia Gardner, Walters Consulting Group")]
    [InlineData("Profesional Técnico, Instituto Politécnico Nacional")]
    public void Names_in_a_title_are_left_alone(string text) => Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("Skills: hydralic systems, welding, rigging", "hydralic", "hydraulic")]
    [InlineData("Handled loans, refinancing and mortages for first-time buyers", "mortages", "mortgages")]
    public void A_slip_of_a_word_in_real_use_is_flagged_in_a_list_too(string text, string span, string fix) =>
        Flags("SPELLING", text, span, fix);

    [Fact]
    public void Terms_of_the_trade_in_a_list_are_left_alone() =>
        Assert.Empty(Issues("Skills: fertigation, planograms, shotcrete, capnography", "SPELLING"));

    [Theory]
    [InlineData("Set up the scanner so it's output was saved to the shared drive.")]
    [InlineData("Rebuilt the site after it's traffic has doubled.")]
    public void It_s_before_a_noun_and_its_verb_is_its(string text) => Flags("CONFUSABLE_ITS_IT_S", text, "it's", "its");

    [Theory]
    [InlineData("Whatever it's worth is decided by the board.")]
    [InlineData("It's clear the plan was sound, and it's now the standard.")]
    [InlineData("The fund is small but it's growing and has doubled.")]
    public void It_s_as_it_is_is_left_alone(string text) => Assert.Empty(Issues(text, "CONFUSABLE_ITS_IT_S"));

    [Theory]
    [InlineData("• Our buyers and the planning team meets every Tuesday to review shortages.", "meets", "meet")]
    [InlineData("• The ventilation surveys and the gas readings is logged before anyone enters.", "is", "are")]
    [InlineData("• The owner's son and I was the only ones licensed to spray.", "was", "were")]
    [InlineData("• The help desk's four technicians and one supervisor covers three shifts.", "covers", "cover")]
    public void Two_subjects_joined_by_and_take_a_plural_verb(string text, string span, string fix) =>
        Flags("GRAMMAR_COMPOUND_SUBJECT_AGREEMENT", text, span, fix);

    [Theory]
    [InlineData("Health and safety is our first priority.")]
    [InlineData("Research and development has grown to 40 people.")]
    [InlineData("The design of the kitchen and the bar was mine.")]
    [InlineData("Every nurse and every doctor on the unit has a badge.")]
    [InlineData("Sales rose and the team was promoted.")]
    [InlineData("Our buyers and the planning team meet every Tuesday.")]
    public void A_singular_verb_after_one_subject_or_one_idea_is_left_alone(string text) =>
        Assert.Empty(Issues(text, "GRAMMAR_COMPOUND_SUBJECT_AGREEMENT"));

    [Theory]
    [InlineData("• Every edit go through a QC pass for loudness.", "go", "goes")]
    [InlineData("• Each interpreter on our staff of nine keep a log of assignments.", "keep", "keeps")]
    [InlineData("• Every one of our properties get a quality audit once a month.", "get", "gets")]
    public void A_subject_opening_with_each_or_every_takes_a_singular_verb(string text, string span, string fix) =>
        Flags("GRAMMAR_EACH_SUBJECT_AGREEMENT", text, span, fix);

    [Theory]
    [InlineData("Every nurse who works nights gets a parking pass.")]
    [InlineData("Each week we review a sample of charts.")]
    [InlineData("Every patient with a new stroke gets a screen.")]
    [InlineData("Each of the techs can run the autoclave.")]
    public void A_singular_verb_or_another_subject_after_each_or_every_is_left_alone(string text) =>
        Assert.Empty(Issues(text, "GRAMMAR_EACH_SUBJECT_AGREEMENT"));
}
