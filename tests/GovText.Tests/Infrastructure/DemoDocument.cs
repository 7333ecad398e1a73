namespace GovText.Tests.Infrastructure;

/// <summary>The project's own demo document (corpus/demo), always present.</summary>
public static class DemoDocument
{
    public const string Id = "ah-tk-20212022-105";

    public static string Path { get; } = System.IO.Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo", "ah-tk-20212022-105-demo.txt");
}
