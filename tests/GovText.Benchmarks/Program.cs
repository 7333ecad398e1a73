using BenchmarkDotNet.Running;

namespace GovText.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/GovText.Benchmarks -- --filter *</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
