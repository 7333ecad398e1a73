using Xunit;

namespace GovText.Tests.Infrastructure;

/// <summary>
/// Locates the read-only ../shared folder beside the repository (override with GOVTEXT_SHARED). Tests that need it
/// use <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/>, which skip with a visible reason
/// when the folder is absent. In CI it is present, and the CI script fails if it is not.
/// </summary>
public static class SharedCorpus
{
    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The shared root, or null.</summary>
    public static string? Root => s_root.Value;

    /// <summary>True when ../shared/corpus exists.</summary>
    public static bool Available => Root is not null;

    /// <summary>The reason used when skipping.</summary>
    public const string SkipReason = "../shared (or $GOVTEXT_SHARED) is not present: real-document tests skipped.";

    /// <summary>Path of a file below the shared root, e.g. Path("corpus/pdf/x.pdf").</summary>
    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException(SkipReason), relative);

    /// <summary>The repository root (the folder holding GovText.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Files below a shared folder matching a pattern, as relative paths; empty when absent.</summary>
    public static IEnumerable<string> Files(string folder, string pattern)
    {
        if (Root is null)
        {
            return [];
        }

        var dir = System.IO.Path.Combine(Root, folder);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, pattern).Select(f => System.IO.Path.GetRelativePath(Root, f)).Order(StringComparer.Ordinal)
            : [];
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("GOVTEXT_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            return Directory.Exists(System.IO.Path.Combine(env, "corpus")) ? System.IO.Path.GetFullPath(env) : null;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "corpus")) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "GovText.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GovText.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared; skipped with a visible reason when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedFactAttribute()
    {
        if (!SharedCorpus.Available)
        {
            Skip = SharedCorpus.SkipReason;
        }
    }
}

/// <summary>A theory that needs ../shared; skipped with a visible reason when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedTheoryAttribute()
    {
        if (!SharedCorpus.Available)
        {
            Skip = SharedCorpus.SkipReason;
        }
    }
}
