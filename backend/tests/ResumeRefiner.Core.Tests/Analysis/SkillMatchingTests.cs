using ResumeRefiner.Core.Analysis.Skills;

namespace ResumeRefiner.Core.Tests.Analysis;

public class SkillMatchingTests
{
    private static List<string> Skills(string text)
    {
        var taxonomy = SkillTaxonomy.Default;
        return taxonomy.Matcher.Find(SkillText.Tokenize(text), soft: false).Select(h => taxonomy.Skills[h.SkillId].Name).ToList();
    }

    [Theory]
    [InlineData("Built tools in JS and TypeScript", "JavaScript")]
    [InlineData("Ran k8s clusters", "Kubernetes")]
    [InlineData("Tuned Postgres queries", "PostgreSQL")]
    [InlineData("CPA, licensed in Ohio", "Certified Public Accountant")]
    [InlineData("Deployed to Amazon Web Services", "AWS")]
    [InlineData("Administer medications to 20 residents", "Medication Administration")]
    [InlineData("Wrote REST APIs", "REST APIs")]
    [InlineData("Designed a RESTful API", "REST APIs")]
    public void Aliases_map_to_the_canonical_skill(string text, string expected) =>
        Assert.Contains(expected, Skills(text));

    [Theory]
    [InlineData("Wrote services in C# on .NET 8", new[] { "C#", ".NET" })]
    [InlineData("Game engine work in C++ and C", new[] { "C++", "C" })]
    [InlineData("APIs in Node.js with Express.js", new[] { "Node.js", "Express.js" })]
    [InlineData("Owned the CI/CD pipelines in GitHub Actions", new[] { "CI/CD", "GitHub Actions" })]
    [InlineData("Drawings with GD&T per ASME Y14.5", new[] { "GD&T" })]
    [InlineData("Ran A/B tests on landing pages", new[] { "A/B Testing" })]
    [InlineData("Built lookups with VLOOKUP/XLOOKUP", new[] { "VLOOKUP" })]
    public void Punctuation_heavy_names_are_found(string text, string[] expected)
    {
        var found = Skills(text);
        foreach (var skill in expected)
        {
            Assert.Contains(skill, found);
        }
    }

    [Fact]
    public void C_sharp_and_C_plus_plus_stay_distinct()
    {
        Assert.Equal(["C#"], Skills("C#"));
        Assert.Equal(["C++"], Skills("C++"));
    }

    [Theory]
    [InlineData("We react quickly to customer needs")]
    [InlineData("Ready to go the extra mile")]
    [InlineData("Excel in a fast-paced team")]
    [InlineData("a safe, structured classroom")]
    public void Ordinary_words_in_lower_case_are_not_exact_case_skills(string text)
    {
        var found = Skills(text);
        Assert.DoesNotContain("React", found);
        Assert.DoesNotContain("Go", found);
        Assert.DoesNotContain("SAFe", found);
    }

    [Fact]
    public void Exact_case_names_match_as_written()
    {
        Assert.Contains("R", Skills("Statistics in R and Python"));
        Assert.Contains("Go", Skills("Services written in Go"));
        Assert.DoesNotContain("Microsoft Excel", Skills("Students excel in math"));
        Assert.Contains("Microsoft Excel", Skills("Advanced Excel: pivot tables"));
    }

    [Fact]
    public void Longest_name_wins_so_AP_Calculus_is_not_accounts_payable()
    {
        var found = Skills("Taught AP Calculus AB");
        Assert.Contains("AP Calculus", found);
        Assert.DoesNotContain("Accounts Payable", found);
    }

    [Fact]
    public void Plurals_and_case_fold()
    {
        Assert.Contains("Pivot Tables", Skills("built a PIVOT TABLE"));
        Assert.Contains("IV Therapy", Skills("Started IVs"));
        Assert.Contains("Bill of Lading", Skills("created bills of lading"));
    }

    [Fact]
    public void Nested_search_finds_a_skill_inside_a_longer_name()
    {
        var taxonomy = SkillTaxonomy.Default;
        var tokens = SkillText.Tokenize("Charted in Epic EHR");
        var nested = taxonomy.Matcher.Find(tokens, soft: false, nested: true).Select(h => taxonomy.Skills[h.SkillId].Name).ToList();
        Assert.Contains("Epic EHR", nested);
        Assert.Contains("Electronic Health Records", nested);
    }

    [Fact]
    public void Taxonomy_is_broad_and_each_phrase_names_one_skill()
    {
        var taxonomy = SkillTaxonomy.Default;
        Assert.True(taxonomy.Skills.Count(s => !s.IsSoft) >= 1200, $"only {taxonomy.Skills.Count} skills");
        Assert.True(taxonomy.Skills.Sum(s => s.Aliases.Count + 1) >= 3000);
        string[] fields = ["software", "data", "security", "healthcare", "finance", "marketing", "sales", "education", "engineering", "trades", "design", "legal", "hr", "logistics", "retail", "hospitality"];
        foreach (var field in fields)
        {
            Assert.True(taxonomy.Skills.Count(s => s.Category == field) >= 20, $"{field} has few skills");
        }

        Assert.True(taxonomy.Collisions.Count == 0, "phrases naming two skills: " + string.Join(" | ", taxonomy.Collisions));
    }

    [Fact]
    public void Taxonomy_data_lines_parse_with_exact_case_markers()
    {
        var taxonomy = SkillTaxonomy.Parse([("test", "@software\nWidgetLang||=WL;widget language\n")]);
        var hits = taxonomy.Matcher.Find(SkillText.Tokenize("uses WL daily, not wl"), soft: false);
        Assert.Single(hits);
        Assert.Equal("WidgetLang", taxonomy.Skills[hits[0].SkillId].Name);
    }
}
