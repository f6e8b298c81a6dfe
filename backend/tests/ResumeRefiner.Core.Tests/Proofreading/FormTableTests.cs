using ResumeRefiner.Core.Proofreading.Spelling;

namespace ResumeRefiner.Core.Tests.Proofreading;

public class FormTableTests
{
    [Fact]
    public void Finds_every_form_after_growing_and_merges_flags()
    {
        var table = new FormTable(16);
        for (var i = 0; i < 5000; i++)
        {
            table.Add("form" + i, WordFlags.None);
        }

        table.Add("form42", WordFlags.Forbidden);
        Assert.Equal(5000, table.Count);
        for (var i = 0; i < 5000; i++)
        {
            Assert.True(table.TryGetFlags("form" + i, out _));
        }

        Assert.True(table.TryGetFlags("form42", out var flags) && flags == WordFlags.Forbidden);
        Assert.False(table.TryGetFlags("form5000", out _));
    }

    [Fact]
    public void Keeps_root_flags_and_placeholders()
    {
        var table = new FormTable(16);
        var root = table.Add("manage", WordFlags.None);
        table.AddRootFlags(root, "ZGDRSL");
        table.AddRootFlags(root, "M");
        var placeholder = table.AddPlaceholder("1th");
        table.AddRootFlags(placeholder, "pt");
        Assert.Equal("ZGDRSLM", table.RootFlags("manage"));
        Assert.Equal("pt", table.RootFlags("1th"));
        Assert.True(table.TryGetFlags("1th", out var flags) && flags == WordFlags.NotAForm);
        Assert.Null(table.RootFlags("managed"));

        // A real form replaces the placeholder.
        table.Add("1th", WordFlags.None);
        Assert.True(table.TryGetFlags("1th", out flags) && flags == WordFlags.None);
    }
}
