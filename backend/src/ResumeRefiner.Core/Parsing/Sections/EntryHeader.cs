using ResumeRefiner.Core.Parsing.Dates;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>The facts found in an entry's header: date range, place, and the remaining text fragments in order.</summary>
/// <param name="FragmentRoles">What a label said each fragment is (<see cref="FieldRole.None"/> for unlabelled text).</param>
internal sealed record EntryHeader(DateRange? Dates, string? Location, IReadOnlyList<string> Fragments, IReadOnlyList<int> FragmentLines,
    IReadOnlyList<FieldRole> FragmentRoles)
{
    /// <summary>The fragment a label named as <paramref name="role"/>, or null.</summary>
    public string? Labelled(FieldRole role) => Fragments.Where((_, i) => FragmentRoles[i] == role).FirstOrDefault();
}
