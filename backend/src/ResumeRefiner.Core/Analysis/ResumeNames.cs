namespace ResumeRefiner.Core.Analysis;

/// <summary>
/// The words a resume itself uses as names: the person's own name, employers, schools, projects,
/// certificates, publishers and the skills list. The proofreader takes them as correct wherever they
/// appear, so "Nostos" or "Dataduct" in a bullet is not "corrected" into a dictionary word.
/// </summary>
internal static class ResumeNames
{
    private static readonly char[] Separators = [' ', ',', ';', ':', '/', '|', '(', ')', '[', ']', '"', '“', '”', '&', '+', '\t'];

    public static HashSet<string> Words(Model.Resume resume)
    {
        var names = new List<string?> { resume.Basics.Name };
        names.AddRange(resume.Basics.Profiles.Select(p => p.Username));
        names.AddRange(resume.Work.Select(w => w.Name));
        names.AddRange(resume.Volunteer.Select(v => v.Organization));
        names.AddRange(resume.Education.Select(e => e.Institution));
        names.AddRange(resume.Awards.Select(a => a.Awarder));
        names.AddRange(resume.Certificates.SelectMany(c => new[] { c.Name, c.Issuer }));
        names.AddRange(resume.Publications.SelectMany(p => new[] { p.Name, p.Publisher }));
        names.AddRange(resume.Skills.SelectMany(s => s.Keywords.Prepend(s.Name)));
        names.AddRange(resume.Projects.SelectMany(p => p.Keywords.Prepend(p.Name).Append(p.Entity)));
        names.AddRange(resume.References.Select(r => r.Name));

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            foreach (var part in (name ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = part.Trim('.', '-', '!', '?', '\'', '’');
                if (word.Length > 1 && word.Any(char.IsLetter))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}
