namespace GovText.Benchmarks;

/// <summary>Locates ../shared (or $GOVTEXT_SHARED) from the working directory or the binary.</summary>
public static class BenchmarkData
{
    public static string SharedRoot
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("GOVTEXT_SHARED");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "GovText.sln")))
                    {
                        var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                        if (Directory.Exists(shared))
                        {
                            return shared;
                        }
                    }
                }
            }

            throw new InvalidOperationException("../shared not found; set GOVTEXT_SHARED");
        }
    }

    /// <summary>The repository root (the folder holding GovText.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    if (File.Exists(Path.Combine(dir.FullName, "GovText.sln")))
                    {
                        return dir.FullName;
                    }
                }
            }

            throw new InvalidOperationException("GovText.sln not found above " + Directory.GetCurrentDirectory());
        }
    }

    public static string[] OfficialPdfs() =>
        Directory.GetFiles(Path.Combine(SharedRoot, "corpus", "pdf"), "*.pdf").Order(StringComparer.Ordinal).ToArray();
}
