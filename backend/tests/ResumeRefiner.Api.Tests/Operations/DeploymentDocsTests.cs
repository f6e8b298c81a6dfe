using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;
using ResumeRefiner.Api.Configuration;

namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>docs/deployment.md's variable reference stays true to what the API actually reads.</summary>
public sealed partial class DeploymentDocsTests
{
    [Fact]
    public void The_API_variable_table_lists_exactly_the_variables_the_settings_read()
    {
        var documented = ApiTableVariables();
        var read = VariablesReadBySettings();

        Assert.Empty(read.Except(documented).Order(StringComparer.Ordinal));
        Assert.Empty(documented.Except(read).Order(StringComparer.Ordinal));
        Assert.Equal(documented.Count, documented.Distinct().Count());
    }

    [Fact]
    public void The_production_env_example_sets_every_documented_API_variable()
    {
        var example = File.ReadAllLines(Repository.PathOf(".env.production.example"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(ApiTableVariables().Except(example).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reading_the_configuration_is_observed_by_the_recorder()
    {
        // Guards the recorder itself: a refactor to binding or sections must still be seen.
        var read = VariablesReadBySettings();
        Assert.Contains("SECRET_KEY", read);
        Assert.Contains("DATABASE_URL", read);
        Assert.True(read.Count >= 30, $"only {read.Count} variables observed");
    }

    /// <summary>Names in the first column of the table under "### API" in docs/deployment.md.</summary>
    private static List<string> ApiTableVariables()
    {
        var lines = File.ReadAllLines(Repository.PathOf("docs/deployment.md"));
        var start = Array.FindIndex(lines, line => line.Trim() == "### API");
        Assert.True(start >= 0, "docs/deployment.md has no '### API' section");
        var names = new List<string>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(line => !line.StartsWith('#')))
        {
            if (!line.StartsWith('|') || line.StartsWith("| ---", StringComparison.Ordinal) || line.StartsWith("| Variable", StringComparison.Ordinal))
            {
                continue;
            }

            var firstCell = line.Split('|')[1];
            names.AddRange(VariableName().Matches(firstCell).Select(match => match.Groups[1].Value));
        }

        Assert.NotEmpty(names);
        return names;
    }

    /// <summary>Every key the settings of all areas ask the configuration for, observed rather than parsed from source.</summary>
    private static HashSet<string> VariablesReadBySettings()
    {
        var recorder = new RecordingConfiguration();
        _ = StartupSettings.Read(recorder);
        return recorder.Keys;
    }

    [GeneratedRegex("`([A-Z][A-Z0-9_]+)`")]
    private static partial Regex VariableName();

    private sealed class RecordingConfiguration : IConfiguration
    {
        private readonly IConfigurationRoot _empty = new ConfigurationBuilder().Build();

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public string? this[string key]
        {
            get
            {
                Keys.Add(key);
                return null;
            }
            set => throw new NotSupportedException();
        }

        public IConfigurationSection GetSection(string key)
        {
            Keys.Add(key);
            return _empty.GetSection(key);
        }

        public IEnumerable<IConfigurationSection> GetChildren() => [];

        public IChangeToken GetReloadToken() => _empty.GetReloadToken();
    }
}
