using System.Diagnostics;
using System.Text;

namespace GovText.Tests.Infrastructure;

/// <summary>Runs the built govtext tool as a separate process, the way users run it.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string ToolPath
    {
        get
        {
            // tests/GovText.Tests/bin/<Configuration>/net10.0/ → src/GovText.Cli/bin/<Configuration>/net10.0/govtext.dll
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(SharedCorpus.RepoRoot, "src", "GovText.Cli", "bin", configuration, "net10.0", "govtext.dll");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException("govtext.dll not built at " + path);
            }

            return path;
        }
    }

    public static Result Run(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = SharedCorpus.RepoRoot,
        };
        psi.ArgumentList.Add(ToolPath);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("govtext " + string.Join(' ', args) + " did not finish");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
