namespace ResumeRefiner.Api.Tests.Operations;

/// <summary>Files of the repository the tests run from (deploy scripts, docs, sources).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "backend", "ResumeRefiner.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"The repository root (with backend/ResumeRefiner.slnx) is not above {AppContext.BaseDirectory}.");
    }
}
