using ResumeRefiner.Core.Proofreading;
using static ResumeRefiner.Core.Tests.Proofreading.RuleAssert;

namespace ResumeRefiner.Core.Tests.Proofreading;

/// <summary>Rules added for issue 18's recall work: each one positive and negative.</summary>
public class AgreementAndConfusableTests
{
    [Theory]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The handbook were updated for California.", "were", "was")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The new sepsis bundle were adopted in all units.", "were", "was")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our open rates was above the benchmark.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our team have a culture of blameless reviews.", "have", "has")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Each of the panels were labeled and tested.", "were", "was")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Each of our offices have a safety committee.", "have", "has")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The nurse and the doctor was on call.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The revised curricula was approved.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Each of the nurses complete annual competency checks.", "complete", "completes")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our dataset contain more than 400 million sessions.", "contain", "contains")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The foreman say my work is the neatest.", "say", "says")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our webinars attracts 800 registrants.", "attracts", "attract")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The studio's clients includes Nike and Airbnb.", "includes", "include")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "We shipped early because the new vendors was ready.", "was", "were")]
    [InlineData("CONFUSABLE_THEN_THAN", "Planned a trip to the museum than wrote the lesson.", "than", "then")]
    [InlineData("CONFUSABLE_THEIR_THERE", "Taught patients about there new medications.", "there", "their")]
    [InlineData("CONFUSABLE_WHOSE_WHO_S", "Helped learners who's first language is isiZulu.", "who's", "whose")]
    [InlineData("CONFUSABLE_WHOSE_WHO_S", "Mentored students who's parents were abroad.", "who's", "whose")]
    [InlineData("CONFUSABLE_WHOSE_WHO_S", "Built a network of contractors who's work I can vouch for.", "who's", "whose")]
    [InlineData("CONFUSABLE_THEN_THAN", "Counsel patients on inhaler technique, which is more often wrong then right.", "then", "than")]
    [InlineData("CONFUSABLE_THEN_THAN", "More associates were promoted from my departments then from any other.", "then", "than")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Helped the team loose fewer hours to manual work.", "loose", "lose")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "The recommendations effect what millions of listeners hear.", "effect", "affect")]
    [InlineData("GRAMMAR_NUMBER_WORD_PLURAL", "Cleaned and joined dozen of legacy tables.", "dozen", "dozens")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "Reviewed charts on daily basis.", "daily", "a daily")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "Responded to tickets in timely manner.", "timely", "a timely")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "As result of the redesign, churn fell.", "result", "a result")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "Handled calls and emails at same time.", "same", "the same")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "It is one of best hospitals in the state.", "best", "the best")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "Managed the our budget.", "the ", "")]
    [InlineData("CONFUSABLE_TO_TOO", "Worked too improve the intake process.", "too", "to")]
    [InlineData("CONFUSABLE_TO_TOO", "Drove too the clinic every day.", "too", "to")]
    [InlineData("CONFUSABLE_TO_TOO", "The room was to noisy for patients.", "to", "too")]
    [InlineData("CONFUSABLE_THEN_THAN", "Ensured than all charts were signed.", "than", "that")]
    [InlineData("CONFUSABLE_LEAD_LED", "Redesigned the checkout, which lead to a 20% rise in orders.", "lead", "led")]
    [InlineData("CONFUSABLE_FORM_FROM", "Graduated form the University of Lagos in 2019.", "form", "from")]
    [InlineData("CONFUSABLE_FORM_FROM", "Moved 40 miles away form the plant.", "form", "from")]
    [InlineData("CONFUSABLE_FORM_FROM", "Patients fill out a from for each visit.", "from", "form")]
    [InlineData("SPELLING_SPLIT_WORD", "Moved the office with out losing a day of work.", "with out", "without")]
    [InlineData("SPELLING_SPLIT_WORD", "Tracked spend through out the year.", "through out", "throughout")]
    [InlineData("GRAMMAR_A_AN", "Served as a HR representative.", "a", "an")]
    [InlineData("GRAMMAR_A_AN", "Earned a MS in statistics.", "a", "an")]
    [InlineData("SPELLING", "Wrote a quick-referance guide.", "quick-referance", "quick-reference")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The results of the patient survey was the best in the district.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The defects that come back within thirty days is tracked in a log.", "is", "are")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Each of the technicians on my shift have a signed record.", "have", "has")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our instructors, who had all worked on the line, was the reason I stayed.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "My caseload, like most in the team, include families with housing needs.", "include", "includes")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The crews on the night shift covers the most calls.", "covers", "cover")]
    [InlineData("CONFUSABLE_ITS_IT_S", "Gave 4,000 flu shots in it's first season.", "it's", "its")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "Kept the logs complete, which effects our inspection score.", "effects", "affects")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "The new procedures effected how we logged defects.", "effected", "affected")]
    [InlineData("CONFUSABLE_FORM_FROM", "Reduced wait times form 25 to 12 minutes.", "form", "from")]
    [InlineData("CONFUSABLE_COMPLEMENT_COMPLIMENT", "Wrote guidance which compliments the national standard.", "compliments", "complements")]
    [InlineData("CONFUSABLE_THEIR_THERE", "Replaced fuel pumps and there filters on the aircraft.", "there", "their")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Insured that all torque wrenches were calibrated.", "Insured", "Ensured")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Checked every file to insure compliance with the audit.", "insure", "ensure")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Worked with geologists to insure ore is sent to the right stockpile.", "insure", "ensure")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Found worn brakes early because I insured the wear pins were checked.", "insured", "ensured")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The technicians and I was on call every other weekend.", "was", "were")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The nurse and the team lead was praised by the board.", "was", "were")]
    public void Flags_the_error(string rule, string text, string span, string fix)
    {
        var issue = Assert.Single(Issues(text, rule));
        Assert.Equal(span, text.Substring(issue.Offset, issue.Length));
        Assert.Equal(fix, issue.Replacements[0]);
    }

    [Theory]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The sports teams won three titles.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The team leads review every pull request.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The team tests changes the night before.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our Savannah distribution center ships 300 truckloads a month.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The data show a clear trend and the police were called.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Each of the nurses completes annual training.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our clients include Nike; the board meets every quarter.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "This helps teams ship faster. This gives teams a head start.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The news was good and the series was renamed; sales were up.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our research and development team is based in Austin.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The first two years were spent on research.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The youth today are aware of it; the majority were new.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The drill found a real problem; the text near the logo moved.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "If the client were here, the version number 2.1 would ship.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The hospital's nurses rely on the new charting system.")]
    [InlineData("CONFUSABLE_THEN_THAN", "More than doubled revenue; grew faster than planned; other than that, fine.")]
    [InlineData("CONFUSABLE_THEIR_THERE", "Worked there two years, moved there last year, and read about there being a gap.")]
    [InlineData("CONFUSABLE_WHOSE_WHO_S", "A colleague who's first in line, who's been there and who's available weekends.")]
    [InlineData("CONFUSABLE_LOOSE_LOSE", "Cut loose their old vendor; loose coupling and a loose fit.")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "The side effects of the drug; it had an effect on us.")]
    [InlineData("GRAMMAR_ARTICLE_FRAME", "On a daily basis we met; worked on basis of trust; as results came in; at same-day surgery centers.")]
    [InlineData("CONFUSABLE_TO_TOO", "It was too expensive; too many meetings; he was too busy; the goal was to slow the spread; they, too, receive it.")]
    [InlineData("CONFUSABLE_THEN_THAN", "Grew faster than the market and performed better than expected.")]
    [InlineData("CONFUSABLE_THEN_THAN", "Wrote more tests, then from May on led the release; hired fewer temps and then in 2020 none.")]
    [InlineData("CONFUSABLE_WHOSE_WHO_S", "Ask the nurse who's on call; the one who's worked here longest I trust.")]
    [InlineData("CONFUSABLE_LEAD_LED", "Ran projects which lead to promotions; chose the lead, which leads to fewer handoffs.")]
    [InlineData("CONFUSABLE_FORM_FROM", "Helped form the committee; decided to form a union; updated the from address; data from the CRM.")]
    [InlineData("GRAMMAR_NUMBER_WORD_PLURAL", "A dozen of us went; two hundred of the devices and several hundred of them failed.")]
    [InlineData("SPELLING_SPLIT_WORD", "Went out with out-of-state clients and checked it with out.")]
    [InlineData("GRAMMAR_A_AN", "Wrote a SQL query and a FAQ for a NASA team.")]
    [InlineData("SPELLING", "Configured keep-alives, poppler-utils and disable-quic.")]
    [InlineData("SPELLING", "Organised a programme for the centre; travelled to enrol counsellors in paediatric care.")]
    [InlineData("SPELLING", "Marketing Coordinator, Festival Juste pour rire (2015 – 2017)")]
    [InlineData("SPELLING", "Ran mise en place for 180 covers a night.")]
    [InlineData("SPELLING", "Fine-tuned models with pretraining on clinical notes.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The results of the survey were the best in the district.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The library receives hundreds of new books every year.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Nurses who said the unit was short got extra cover.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "Our instructors, who had all worked on the line, were the reason I stayed.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The manager of the stores runs three shifts.")]
    [InlineData("CONFUSABLE_ITS_IT_S", "Whatever the weather, it's on time.")]
    [InlineData("CONFUSABLE_AFFECT_EFFECT", "The new director effected our transition to electronic records.")]
    [InlineData("CONFUSABLE_FORM_FROM", "Our intake form 27 lists allergies.")]
    [InlineData("GRAMMAR_ARTICLE_UNCOUNTABLE", "Worked as a news reporter for two years.")]
    [InlineData("CONFUSABLE_COMPLEMENT_COMPLIMENT", "Patients who compliment the staff get a thank-you card.")]
    [InlineData("CONFUSABLE_THEIR_THERE", "Moved to Austin and there joined a clinic; bugs here and there were fixed.")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Insured the fleet against hail damage.")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "Insured the 40 homes that were rebuilt and the trucks for $2M.")]
    [InlineData("CONFUSABLE_INSURE_ENSURE", "The buildings we insured are inspected every year.")]
    [InlineData("GRAMMAR_NOUN_SUBJECT_VERB", "The technicians and I were on call; the nurse and the team lead were praised.")]
    public void Leaves_correct_text_alone(string rule, string text) => Assert.Empty(Issues(text, rule));

    [Fact]
    public void Verbs_joined_by_and_share_the_past_tense_in_an_ended_role()
    {
        const string text = "Staff Nurse, Memorial (2017 – 2019)\n- Designed and lead the rollout of the charting system.\n"
            + "- Hired and manage a team of three.\n- Helped plan and run the flu clinic.\n- Designed and built the schedule.\n"
            + "- Carried out inspections and write the findings into the log.\n- Helped families apply for benefits and find a school.\n"
            + "- Wrote reports to share and discuss the results.\n- Filed the complaint and lead to a hearing.\n"
            + "Charge Nurse, Memorial (2019 – Present)\n- Hired and manage a team of three.\n";
        var issues = Issues(text, "GRAMMAR_TENSE_COORDINATION");
        Assert.Equal(["lead", "manage", "write", "lead"], issues.Select(i => text.Substring(i.Offset, i.Length)));
        Assert.Equal(["led", "managed", "wrote", "led"], issues.Select(i => i.Replacements[0]));
        Assert.True(issues[1].Offset < text.IndexOf("Charge Nurse", StringComparison.Ordinal));
    }

    [Fact]
    public void British_spelling_patterns_do_not_hide_misspellings()
    {
        foreach (var typo in new[] { "arguement", "agreeement", "becamae", "expences" })
        {
            Assert.Contains(Issues($"We had an {typo} today.", "SPELLING"), i => i.Length == typo.Length);
        }
    }
}
