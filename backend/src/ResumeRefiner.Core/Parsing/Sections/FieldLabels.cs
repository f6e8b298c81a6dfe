using System.Text.RegularExpressions;

namespace ResumeRefiner.Core.Parsing.Sections;

/// <summary>What a labelled line of an entry holds ("Company: Northwind", "Degree: B.A. in History").</summary>
internal enum FieldRole
{
    None,
    Organisation,
    Role,
    Institution,
    Degree,
    Area,
    Location,
    Dates,

    /// <summary>"Project name: Route Optimizer", "Name: …": what the entry is called.</summary>
    Name,

    /// <summary>"Start date: March 2019" and "End date: Present" on lines of their own make one range.</summary>
    StartDate,
    EndDate,

    /// <summary>A label that only announces what follows ("Responsibilities:"): the line carries nothing itself.</summary>
    Heading,
}

/// <summary>
/// Labelled fields, as job-board profiles and form-like resumes print entries ("Job Title: Dispatcher" / "Employer:
/// Contoso Freight" / "Dates: June 2015 – February 2019"): the label says what the value is, so no guessing is needed.
/// </summary>
internal static partial class FieldLabels
{
    [GeneratedRegex(@"^\s*(?:(?<name>project(?:\s+(?:name|title))?|name)|(?<org>company|company\s+name|employer|organi[sz]ation|firm|agency)|(?<role>job\s+title|title|position|role|designation)"
        + @"|(?<school>school|university|college|institution|institute)|(?<degree>degree|qualification|diploma)"
        + @"|(?<area>major|field\s+of\s+study|field|subject|specialization|specialisation|concentration)|(?<place>location|city|place)"
        + @"|(?<dates>dates?|period|duration|employment\s+dates|dates\s+of\s+employment|graduated|graduation(?:\s+date)?|year|completed)"
        + @"|(?<start>start(?:\s+date)?|started|from|date\s+started)|(?<end>end(?:\s+date)?|ended|to|until|date\s+ended|finish(?:\s+date)?)"
        + @"|(?<heading>(?:key\s+|main\s+)?(?:responsibilities|duties|achievements|accomplishments|tasks)(?:\s*(?:,|and|&)\s*(?:key\s+)?(?:responsibilities|duties|achievements|accomplishments|tasks|related\s+skills))*"
        + @"|employment\s+type|job\s+type|industry|salary|reason\s+for\s+leaving|supervisor|may\s+we\s+contact(?:\s+this\s+employer)?|series(?:\s*/\s*grade)?|pay\s+plan"
        + @"|hours(?:\s+per\s+week)?|(?:job\s+|work\s+|project\s+)?sites?|(?<client>clients?)|thesis|dissertation|advisors?|advisers?|(?:co-?)?supervisors?|country|state|province|region|zip(?:\s+code)?|postal\s+code))\s*:\s*(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\s+[·|•]\s+")]
    private static partial Regex JoinedFieldSeparatorRegex();

    /// <summary>
    /// A consultant's one-line entry header ("Client: Acme · Role: Analyst · 03/2021 – 11/2022") cut into its labelled
    /// fields; the text alone when it does not join two labelled fields.
    /// </summary>
    public static IReadOnlyList<string> JoinedFields(string text)
    {
        var pieces = JoinedFieldSeparatorRegex().Split(text);
        return pieces.Count(p => LabelRegex().IsMatch(p)) >= 2 && LabelRegex().IsMatch(pieces[0]) ? pieces : [text];
    }

    /// <summary>
    /// The role a label gives its value, and the value; null when the text starts with no field label. A client is
    /// said aside under an employer, but is the organisation on a consultant's header that names no employer.
    /// </summary>
    public static (FieldRole Role, string Value)? Split(string text, bool clientIsOrganisation = false)
    {
        var m = LabelRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["client"].Success && clientIsOrganisation)
        {
            return (FieldRole.Organisation, m.Groups["value"].Value.Trim());
        }

        string[] groups = ["name", "org", "role", "school", "degree", "area", "place", "dates", "start", "end", "heading"];
        FieldRole[] roles = [FieldRole.Name, FieldRole.Organisation, FieldRole.Role, FieldRole.Institution, FieldRole.Degree, FieldRole.Area, FieldRole.Location,
            FieldRole.Dates, FieldRole.StartDate, FieldRole.EndDate, FieldRole.Heading];
        var role = roles[Array.FindIndex(groups, g => m.Groups[g].Success)];
        return (role, m.Groups["value"].Value.Trim());
    }
}
