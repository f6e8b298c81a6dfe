using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>
/// Issue 18, fourth round: rules written from the general shape of an error rather than from sentences of the
/// tuning set (articles read by sound, confidence before a spelling flag); each positive and negative.
/// </summary>
public class GeneralisationTests
{
    [Theory]
    [InlineData("Taught new hires to spot a NSAID toxicity in cats.", "a", "an")]
    [InlineData("Worked as a FAA-certified mechanic.", "a", "an")]
    [InlineData("Coordinated with police during a FBI-led drill.", "a", "an")]
    [InlineData("Was a MSHA trainer from 2017.", "a", "an")]
    [InlineData("Reviewed a SBA loan file.", "a", "an")]
    [InlineData("Lives in a HOA community.", "a", "an")]
    [InlineData("Holds an FINRA license.", "an", "a")]
    [InlineData("Filed an FEMA claim.", "an", "a")]
    [InlineData("Handled a 11-person crowd.", "a", "an")]
    [InlineData("Planted a 18,000-acre farm.", "a", "an")]
    [InlineData("Wired an 110-volt circuit.", "an", "a")]
    [InlineData("Ran an one-day refresher.", "an", "a")]
    public void Articles_follow_how_acronyms_and_numbers_are_read(string text, string span, string fix) =>
        Flags("GRAMMAR_A_AN", text, span, fix);

    [Theory]
    [InlineData("Filed a FEMA claim, an FBI report and a HIPAA audit with a NASA team.")]
    [InlineData("Ran an NSAID review, an MSHA refresher and a FINRA exam for an SBA lender.")]
    [InlineData("Scored well on an SAT and a SAT practice test, and wrote a SARS summary and an SARS summary.")]
    [InlineData("Farmed an 11,000-acre ranch with a 110-volt pump and an 1100 or a 1100 series tractor.")]
    [InlineData("Signed a one-time fee, a European contract and an hour-long call for a USB and a UNIX box.")]
    [InlineData("Managed an HOA, two HOAs and an ROI model for a FOMC brief and an FOMC brief.")]
    public void Articles_are_left_alone_where_the_reading_is_right_or_open(string text) =>
        Assert.Empty(Issues(text, "GRAMMAR_A_AN"));

    [Theory]
    [InlineData("Monitored capnography and pulse oximetry during anesthesia.")]
    [InlineData("Scheduled fertigation and planogram resets for the store.")]
    [InlineData("Ran chemistries and calculated ketamine infusions.")]
    [InlineData("Sprayed shotcrete in the development headings.")]
    public void Terms_of_the_trade_close_only_to_rare_or_distant_words_are_not_flagged(string text) =>
        Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("Managed the departmnt budget.", "departmnt", "department")]
    [InlineData("Worked on a govorment contract.", "govorment", "government")]
    [InlineData("Filed the perscribing records.", "perscribing", "prescribing")]
    public void Slips_of_words_in_common_use_are_still_flagged(string text, string span, string fix) =>
        Flags("SPELLING", text, span, fix);

    [Theory]
    [InlineData("Controlled drugs is counted at every shift change.", "is", "are")]
    [InlineData("Fewer exceptions was found in my files than in any other.", "was", "were")]
    [InlineData("Badging, lockouts and contractor escorts was handled without a breach.", "was", "were")]
    [InlineData("Crop rotation and cover cropping has cut our fertilizer bill.", "has", "have")]
    [InlineData("Buyers and sellers trusts me to run inspections.", "trusts", "trust")]
    [InlineData("Every cage card and treatment sheet have to be updated.", "have", "has")]
    [InlineData("Patients with diabetes or heart disease needs a review at every visit.", "needs", "need")]
    [InlineData("Neither the parents nor the school were told.", "were", "was")]
    [InlineData("Our recall rate and hygiene production has both grown.", "has", "have")]
    public void A_subject_without_a_determiner_or_joined_by_and_agrees_with_its_verb(string text, string span, string fix) =>
        Flags("GRAMMAR_SUBJECT_PHRASE_VERB", text, span, fix);

    [Theory]
    [InlineData("Research and development is my focus.")]
    [InlineData("Food and beverage service was rated the best in the region.")]
    [InlineData("Roll back a bad release.")]
    [InlineData("Events sent meanwhile are missed.")]
    [InlineData("Last year, the clinic was rated outstanding.")]
    [InlineData("Advice from the lawyers and the accountants is recorded.")]
    [InlineData("Manage vendors and contracts that are due for renewal.")]
    [InlineData("Patients with diabetes need a review, and each visit is logged.")]
    [InlineData("Harvest crews of up to 120 people work under me.")]
    [InlineData("Neither the foreman nor the drivers were trained.")]
    [InlineData("personal dictionary are accepted by the proofreader")]
    [InlineData("The library recieves hundreds of new books every year.")]
    [InlineData("Three other costumer have not started using the product.")]
    public void Subjects_whose_number_is_right_or_unclear_are_left_alone(string text) =>
        Assert.Empty(Issues(text, "GRAMMAR_SUBJECT_PHRASE_VERB"));

    [Theory]
    [InlineData("Laurea in Biologia, Università degli Studi di Pavia")]
    [InlineData("Grado en Ingeniería Civil, Universidad de Granada")]
    [InlineData("Curso de especialización in Logistics, Instituto de Formación Técnica")]
    public void Words_of_a_degree_or_school_in_another_language_are_not_flagged(string text) =>
        Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("Shipped metrics through Kafka, Telegraf, InfluxDB and Grafana.")]
    [InlineData("Cleared blocked sewer lines with Jetters and inspection cameras.")]
    [InlineData("Laura Rossi")]
    public void Capitalised_products_and_names_near_common_words_are_not_flagged(string text) =>
        Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("Kept the waitlist short on busy nights.")]
    [InlineData("Gave chairside education on flossing.")]
    [InlineData("Placed second in a regional latte art throwdown.")]
    public void Compounds_of_content_words_and_verb_particle_nouns_are_not_flagged(string text) =>
        Assert.Empty(Issues(text, "SPELLING"));

    [Theory]
    [InlineData("We helped eachother through the audit.", "eachother")]
    [InlineData("The handover was beautyfull.", "beautyfull")]
    public void Run_together_function_words_are_still_flagged(string text, string span)
    {
        var issue = Assert.Single(Issues(text, "SPELLING"));
        Assert.Equal(span, text.Substring(issue.Offset, issue.Length));
    }

    [Fact]
    public void A_capitalised_word_after_a_comma_that_opens_a_name_is_not_flagged() =>
        Assert.Empty(Issues("Best Poster Award, The Regional Nursing Conference", "CAPITALIZATION_MID_SENTENCE"));

    [Fact]
    public void A_capitalised_function_word_after_a_comma_before_a_lower_case_word_is_still_flagged() =>
        Flags("CAPITALIZATION_MID_SENTENCE", "We cut costs, The team grew.", "The", "the");

    [Fact]
    public void Abbreviations_written_in_lower_case_by_house_style_are_not_recased() =>
        Assert.Empty(Issues("Reviewed capex requests for Northwind Holdings plc.", "CAPITALIZATION_PROPER_NOUN"));

    [Theory]
    [InlineData("Research Analyst, Harbor Labs (2018 – 2021)\n• Research presented at two national conferences\n• Built the survey panel")]
    [InlineData("Research Analyst, Harbor Labs (2018 – 2021)\n• Research Assistant – Survey Methods: ran the panel\n• Built the survey panel")]
    public void A_noun_opening_an_ended_role_bullet_is_not_taken_for_a_present_verb(string text) =>
        Assert.Empty(Issues(text, "GRAMMAR_TENSE_CONSISTENCY"));

    [Theory]
    [InlineData("Systems: Resy, 7shifts, MarketMan, Toast POS")]
    [InlineData("Tools: 7shifts, Square")]
    [InlineData("Schedule a team of nine in 7shifts and keep labor within 24% of sales.")]
    public void A_digit_led_name_standing_alone_in_a_series_is_not_split(string text) =>
        Assert.Empty(Issues(text, "TYPOGRAPHY_NUMBER_SPACING"));

    [Theory]
    [InlineData("Led a team of 5 with 12years of experience.", "12years", "12 years")]
    [InlineData("Experience: 12years", "12years", "12 years")]
    [InlineData("Sued them for about 100million dollars.", "100million", "100 million")]
    public void A_number_glued_to_the_word_it_counts_is_still_split(string text, string span, string fix) =>
        Flags("TYPOGRAPHY_NUMBER_SPACING", text, span, fix);

    [Fact]
    public void An_abbreviation_im_before_a_full_stop_is_not_taken_for_i_am() =>
        Assert.Empty(Issues("Classroom Aide, V Liceum Ogólnokształcące im. Augusta Witkowskiego (2013 – 2016)", "CONFUSABLE_CONTRACTION"));

    [Fact]
    public void A_missing_apostrophe_in_im_before_a_word_is_still_flagged() =>
        Flags("CONFUSABLE_CONTRACTION", "Outside work im a volunteer coach.", "im", "I'm");

    [Theory]
    [InlineData("Comfortable with tankless water heaters and backflow testing.")]
    [InlineData("Installed touchless faucets in every restroom.")]
    [InlineData("GMC Full Registration with Licence to Practise")]
    [InlineData("Practised nurses in triage drills.")]
    public void Less_adjectives_and_the_british_verb_practise_are_not_flagged(string text) =>
        Assert.Empty(Issues(text, "SPELLING"));

    [Fact]
    public void A_slip_inside_a_less_word_is_still_flagged() =>
        Assert.NotEmpty(Issues("Worked tireles hours during the harvest.", "SPELLING"));

    [Fact]
    public void An_aside_in_brackets_after_a_sentence_may_start_in_lower_case() =>
        Assert.Empty(Issues("We rebuilt the billing service. (currently 3.6 million users)", "CAPITALIZATION_SENTENCE_START"));

    [Fact]
    public void A_sentence_after_a_full_stop_still_starts_with_a_capital() =>
        Flags("CAPITALIZATION_SENTENCE_START", "We rebuilt the billing service. currently it serves 3.6 million users.", "currently", "Currently");
}
