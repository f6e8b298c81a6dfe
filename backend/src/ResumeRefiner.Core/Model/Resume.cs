using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeRefiner.Core.Model;

// JSON Resume v1.0.0 (https://jsonresume.org/schema). The canonical model every feature reads and writes.
// Dates are ISO 8601 strings (YYYY-MM-DD, YYYY-MM or YYYY); an ongoing role has no EndDate.
// Every object keeps the fields it does not know (OtherFields): the schema allows any, JSON Resume tools add their
// own ("$schema", "x-…", theme settings), and an uploaded resume.json must come back out as it went in.

public sealed record Resume
{
    public Basics Basics { get; init; } = new();
    public IReadOnlyList<Work> Work { get; init; } = [];
    public IReadOnlyList<Volunteer> Volunteer { get; init; } = [];
    public IReadOnlyList<Education> Education { get; init; } = [];
    public IReadOnlyList<Award> Awards { get; init; } = [];
    public IReadOnlyList<Certificate> Certificates { get; init; } = [];
    public IReadOnlyList<Publication> Publications { get; init; } = [];
    public IReadOnlyList<Skill> Skills { get; init; } = [];
    public IReadOnlyList<SpokenLanguage> Languages { get; init; } = [];
    public IReadOnlyList<Interest> Interests { get; init; } = [];
    public IReadOnlyList<Referee> References { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public ResumeMeta? Meta { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Basics
{
    public string? Name { get; init; }
    public string? Label { get; init; }
    public string? Image { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }
    public Location? Location { get; init; }
    public IReadOnlyList<Profile> Profiles { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Location
{
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
    public string? Region { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Profile
{
    public string? Network { get; init; }
    public string? Username { get; init; }
    public string? Url { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Work
{
    public string? Name { get; init; }
    public string? Location { get; init; }
    public string? Description { get; init; }
    public string? Position { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    /// <summary>
    /// The dates as the original resume wrote them, kept only when <see cref="StartDate"/> and <see cref="EndDate"/>
    /// cannot say the same ("Summer 2012 and 2013"). Not part of JSON Resume; exports show it while it still reads
    /// as the ISO dates.
    /// </summary>
    public string? DatesAsWritten { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Volunteer
{
    public string? Organization { get; init; }
    public string? Position { get; init; }
    public string? Url { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    /// <summary>
    /// The dates as the original resume wrote them, kept only when <see cref="StartDate"/> and <see cref="EndDate"/>
    /// cannot say the same ("Summer 2012 and 2013"). Not part of JSON Resume; exports show it while it still reads
    /// as the ISO dates.
    /// </summary>
    public string? DatesAsWritten { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Education
{
    public string? Institution { get; init; }
    public string? Url { get; init; }
    public string? Area { get; init; }
    public string? StudyType { get; init; }
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    /// <summary>
    /// The dates as the original resume wrote them, kept only when <see cref="StartDate"/> and <see cref="EndDate"/>
    /// cannot say the same ("Summer 2012 and 2013"). Not part of JSON Resume; exports show it while it still reads
    /// as the ISO dates.
    /// </summary>
    public string? DatesAsWritten { get; init; }
    public string? Score { get; init; }
    public IReadOnlyList<string> Courses { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Award
{
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Awarder { get; init; }
    public string? Summary { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Certificate
{
    public string? Name { get; init; }
    public string? Date { get; init; }
    public string? Url { get; init; }
    public string? Issuer { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Publication
{
    public string? Name { get; init; }
    public string? Publisher { get; init; }
    public string? ReleaseDate { get; init; }
    public string? Url { get; init; }
    public string? Summary { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Skill
{
    public string? Name { get; init; }
    public string? Level { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record SpokenLanguage
{
    public string? Language { get; init; }
    public string? Fluency { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Interest
{
    public string? Name { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Referee
{
    public string? Name { get; init; }
    public string? Reference { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record Project
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Highlights { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? StartDate { get; init; }
    public string? EndDate { get; init; }
    /// <summary>
    /// The dates as the original resume wrote them, kept only when <see cref="StartDate"/> and <see cref="EndDate"/>
    /// cannot say the same ("Summer 2012 and 2013"). Not part of JSON Resume; exports show it while it still reads
    /// as the ISO dates.
    /// </summary>
    public string? DatesAsWritten { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public string? Entity { get; init; }
    public string? Type { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}

public sealed record ResumeMeta
{
    public string? Canonical { get; init; }
    public string? Version { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Fields JSON Resume or its tools add that this model does not name, kept as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherFields { get; init; }
}
