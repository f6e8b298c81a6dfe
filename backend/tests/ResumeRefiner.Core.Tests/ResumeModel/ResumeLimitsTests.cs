using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Tests.ResumeModel;

public class ResumeLimitsTests
{
    [Fact]
    public void A_resume_within_every_limit_has_no_violation()
    {
        var resume = new Resume
        {
            Basics = new Basics { Name = "Ana Ruiz", Summary = new string('a', ResumeLimits.MaxFieldLength) },
            Skills = [.. Enumerable.Range(0, ResumeLimits.MaxEntries).Select(i => new Skill { Name = "S" + i })],
            Projects = [new Project { Keywords = [.. Enumerable.Repeat("k", ResumeLimits.MaxListItems)] }],
        };

        Assert.Null(ResumeLimits.Check(resume));
    }

    [Fact]
    public void A_field_one_character_over_is_named_by_its_path()
    {
        var resume = new Resume { Education = [new Education(), new Education { Courses = ["Algebra", new string('c', ResumeLimits.MaxFieldLength + 1)] }] };

        Assert.Equal("education[1].courses[1]", ResumeLimits.Check(resume)?.Path);
    }

    [Fact]
    public void Fields_the_fix_walker_skips_count_too()
    {
        var image = new Resume { Basics = new Basics { Image = "data:image/png;base64," + new string('A', ResumeLimits.MaxFieldLength) } };
        var meta = new Resume { Meta = new ResumeMeta { Version = new string('v', ResumeLimits.MaxFieldLength + 1) } };

        Assert.Equal("basics.image", ResumeLimits.Check(image)?.Path);
        Assert.Equal("meta.version", ResumeLimits.Check(meta)?.Path);
    }

    [Fact]
    public void Too_many_entries_or_items_are_named_by_the_list()
    {
        var entries = new Resume { Volunteer = [.. Enumerable.Range(0, ResumeLimits.MaxEntries + 1).Select(_ => new Volunteer())] };
        var items = new Resume { Projects = [new Project(), new Project { Roles = [.. Enumerable.Repeat("Lead", ResumeLimits.MaxListItems + 1)] }] };

        Assert.Equal("volunteer", ResumeLimits.Check(entries)?.Path);
        Assert.Equal("projects[1].roles", ResumeLimits.Check(items)?.Path);
    }

    [Fact]
    public void The_total_counts_every_field_and_names_none()
    {
        var fields = ResumeLimits.MaxTotalCharacters / ResumeLimits.MaxFieldLength;
        var full = new Resume { Work = [new Work { Highlights = [.. Enumerable.Repeat(new string('h', ResumeLimits.MaxFieldLength), fields)] }] };
        var over = full with { Basics = new Basics { Name = "A" } };

        Assert.Null(ResumeLimits.Check(full));
        var violation = ResumeLimits.Check(over);
        Assert.NotNull(violation);
        Assert.Null(violation.Path);
    }

    [Fact]
    public void A_null_where_a_list_belongs_is_malformed_and_named()
    {
        var resume = ResumeJson.Deserialize("{\"work\":[{\"name\":\"Acme\"},{\"highlights\":null}]}");

        var violation = ResumeLimits.Check(resume);

        Assert.Equal("work[1].highlights", violation?.Path);
        Assert.True(violation?.Malformed);
    }

    [Fact]
    public void An_upload_is_bounded_by_the_same_total()
    {
        Assert.Equal(ResumeLimits.MaxTotalCharacters, ResumeRefiner.Core.Parsing.Layout.LineLimits.MaxCharacters);
    }
}
