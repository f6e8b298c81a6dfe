using ResumeRefiner.Core.Model;

namespace ResumeRefiner.Core.Export.Standardization;

/// <summary>The standardiser. Stateless and thread-safe: share <see cref="Instance"/>.</summary>
public sealed class ResumeStandardizer : IResumeStandardizer
{
    public static ResumeStandardizer Instance { get; } = new();

    public IReadOnlyList<StandardFix> Suggest(Resume resume)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var rules = StandardRules.For(resume);
        var fixes = new List<StandardFix>();
        FieldWalker.Map(resume, (path, kind, value) =>
        {
            if (value is null)
            {
                return value;
            }

            foreach (var rule in rules)
            {
                if (rule.AppliesTo(kind) && rule.Fix(path, value) is { } after && after != value)
                {
                    fixes.Add(new StandardFix($"{rule.Kind}:{path}", rule.Kind, path, value, after, rule.Describe(value, after)));
                }
            }

            return value;
        });
        return fixes;
    }

    public Resume Apply(Resume resume, IEnumerable<string> fixIds)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(fixIds);
        var chosen = fixIds.ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0)
        {
            return resume;
        }

        // Rules were decided on the resume as given (e.g. the majority bullet style), then run in a fixed order,
        // each on the output of the one before, so several fixes on one field compose.
        var rules = StandardRules.For(resume);
        return FieldWalker.Map(resume, (path, kind, value) =>
        {
            if (value is null)
            {
                return value;
            }

            var current = value;
            foreach (var rule in rules)
            {
                if (rule.AppliesTo(kind) && chosen.Contains($"{rule.Kind}:{path}") && rule.Fix(path, current) is { } after)
                {
                    current = after;
                }
            }

            // A date fix that removes the value ("Present" as an end date) leaves the field absent, not empty.
            return kind == FieldKind.Date && current.Length == 0 ? null : current;
        });
    }
}
