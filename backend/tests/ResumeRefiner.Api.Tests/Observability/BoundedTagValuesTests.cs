using ResumeRefiner.Api.Observability;

namespace ResumeRefiner.Api.Tests.Observability;

public sealed class BoundedTagValuesTests
{
    [Fact]
    public void Values_past_the_limit_count_as_other_and_admitted_ones_stay()
    {
        var tags = new BoundedTagValues(2);

        Assert.Equal("spelling", tags.Admit("spelling"));
        Assert.Equal("cliche", tags.Admit("cliche"));
        Assert.Equal(BoundedTagValues.Other, tags.Admit("made-up-1"));
        Assert.Equal(BoundedTagValues.Other, tags.Admit("made-up-2"));
        Assert.Equal("spelling", tags.Admit("spelling"));
    }
}
