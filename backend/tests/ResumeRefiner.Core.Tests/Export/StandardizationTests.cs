using ResumeRefiner.Core.Export.Standardization;
using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.Export;

public class StandardizationTests
{
    private static readonly ResumeStandardizer Standardizer = ResumeStandardizer.Instance;

    private static Resume Messy() => new()
    {
        Basics = new Basics
        {
            Name = "  Zoë   Ångström ",
            Phone = "(415) 555 0142",
            Location = new Location { City = "San Francisco", CountryCode = "US" },
            Url = "https://github.com/zoe",
        },
        Work =
        [
            new Work
            {
                Name = "Globex",
                Position = "javascript developer",
                StartDate = "Jan 2020",
                EndDate = "Present",
                Highlights =
                [
                    "• Migrated billing to postgresql and node.js.",
                    "Built dashboards on github pages.",
                    "Mentored 3 engineers",
                    "Cut costs by 20%.",
                ],
            },
            new Work { Name = "Initech", StartDate = "03/2017", EndDate = "2019-12", Highlights = ["- Shipped an iOS app to 50,000 users."] },
        ],
        Skills = [new Skill { Name = "Languages", Keywords = ["typescript", "C#", "GraphQL"] }],
    };

    private static StandardFix Fix(IReadOnlyList<StandardFix> fixes, string kind, string path) =>
        Assert.Single(fixes, f => f.Kind == kind && f.Path == path);

    [Fact]
    public void Dates_become_ISO_and_Present_becomes_no_end_date()
    {
        var fixes = Standardizer.Suggest(Messy());
        Assert.Equal("2020-01", Fix(fixes, "date-format", "work[0].startDate").After);
        Assert.Equal(string.Empty, Fix(fixes, "date-format", "work[0].endDate").After);
        Assert.Equal("2017-03", Fix(fixes, "date-format", "work[1].startDate").After);
        Assert.DoesNotContain(fixes, f => f.Path == "work[1].endDate");
    }

    [Fact]
    public void Bullets_follow_the_majority_full_stop_style()
    {
        var fixes = Standardizer.Suggest(Messy());
        var fix = Fix(fixes, "bullet-punctuation", "work[0].highlights[2]");
        Assert.Equal(("Mentored 3 engineers", "Mentored 3 engineers."), (fix.Before, fix.After));
        Assert.DoesNotContain(fixes, f => f.Kind == "bullet-punctuation" && f.Path == "work[0].highlights[3]");
    }

    [Fact]
    public void Without_a_majority_for_full_stops_they_are_dropped()
    {
        var resume = new Resume { Work = [new Work { Highlights = ["Led a team.", "Shipped v2", "Cut costs by 20%", "Worked with Acme Inc."] }] };
        var fixes = Standardizer.Suggest(resume);
        Assert.Equal("Led a team", Fix(fixes, "bullet-punctuation", "work[0].highlights[0]").After);
        Assert.DoesNotContain(fixes, f => f.Path == "work[0].highlights[3]");
    }

    [Fact]
    public void Technology_names_get_their_canonical_case_but_addresses_do_not()
    {
        var fixes = Standardizer.Suggest(Messy());
        Assert.Equal("• Migrated billing to PostgreSQL and Node.js.", Fix(fixes, "technology-case", "work[0].highlights[0]").After);
        Assert.Equal("Built dashboards on GitHub pages.", Fix(fixes, "technology-case", "work[0].highlights[1]").After);
        Assert.Equal("JavaScript developer", Fix(fixes, "technology-case", "work[0].position").After);
        Assert.Equal("TypeScript", Fix(fixes, "technology-case", "skills[0].keywords[0]").After);
        Assert.DoesNotContain(fixes, f => f.Path == "basics.url");
        Assert.DoesNotContain(Standardizer.Suggest(new Resume { Basics = new Basics { Summary = "See github.com/zoe or mail zoe@github.com." } }),
            f => f.Kind == "technology-case");
    }

    [Fact]
    public void Phone_numbers_take_the_international_format()
    {
        var fix = Fix(Standardizer.Suggest(Messy()), "phone-format", "basics.phone");
        Assert.Equal("+1 415-555-0142", fix.After);
    }

    [Fact]
    public void Whitespace_is_trimmed_and_bullet_glyphs_are_stripped()
    {
        var fixes = Standardizer.Suggest(Messy());
        Assert.Equal("Zoë Ångström", Fix(fixes, "whitespace", "basics.name").After);
        Assert.Equal("Migrated billing to postgresql and node.js.", Fix(fixes, "bullet-glyph", "work[0].highlights[0]").After);
        Assert.Equal("Shipped an iOS app to 50,000 users.", Fix(fixes, "bullet-glyph", "work[1].highlights[0]").After);
    }

    [Fact]
    public void Applying_all_fixes_composes_them_and_leaves_the_original_untouched()
    {
        var original = Messy();
        var fixes = Standardizer.Suggest(original);
        var fixedResume = Standardizer.Apply(original, fixes.Where(f => f.Safe).Select(f => f.Id));

        Assert.Equal("  Zoë   Ångström ", original.Basics.Name);
        Assert.Equal("Zoë Ångström", fixedResume.Basics.Name);
        Assert.Equal("Migrated billing to PostgreSQL and Node.js.", fixedResume.Work[0].Highlights[0]);
        Assert.Equal("Mentored 3 engineers.", fixedResume.Work[0].Highlights[2]);
        Assert.Equal("2020-01", fixedResume.Work[0].StartDate);
        Assert.Null(fixedResume.Work[0].EndDate);
        Assert.Equal("+1 415-555-0142", fixedResume.Basics.Phone);
        Assert.Empty(Standardizer.Suggest(fixedResume));
    }

    [Fact]
    public void Only_the_chosen_fixes_are_applied()
    {
        var original = Messy();
        var applied = Standardizer.Apply(original, ["date-format:work[0].startDate", "no-such-fix"]);
        Assert.Equal("2020-01", applied.Work[0].StartDate);
        Assert.Equal("Present", applied.Work[0].EndDate);
        Assert.Equal(original.Work[0].Highlights, applied.Work[0].Highlights);
    }
}
