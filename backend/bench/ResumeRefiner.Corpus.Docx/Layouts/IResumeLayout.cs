namespace ResumeRefiner.Corpus.Docx.Layouts;

/// <summary>A Word résumé template: where the model's name, contacts and sections go on the page.</summary>
internal interface IResumeLayout
{
    string Name { get; }

    PageGeometry Page(LayoutOptions options);

    void Write(WordDocument document);
}

internal static class ResumeLayouts
{
    public static readonly IReadOnlyList<IResumeLayout> All =
    [
        new HeaderBlockLayout(),
        new LayoutTableLayout(),
        new TextBoxSidebarLayout(),
        new SectionColumnsLayout(),
        new ClassicTabsLayout(),
        new EuropassTableLayout(),
        new WordTemplateLayout(),
    ];

    public static IResumeLayout Find(string name) =>
        All.FirstOrDefault(l => l.Name == name)
        ?? throw new ArgumentException($"unknown layout '{name}' (known: {string.Join(", ", All.Select(l => l.Name))})");
}
