using System.CommandLine;
using GovText.Documents;
using GovText.Parliament;

namespace GovText.Cli;

/// <summary>The govtext command line. Exit codes: 0 success, 1 input error, 2 usage error, 3 partial failure (folder runs).</summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the input cannot be read or is not a Kamervragen document.</summary>
    public const int InputError = 1;

    /// <summary>Exit code for a usage error (bad arguments).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when a folder run completed but some files failed.</summary>
    public const int PartialFailure = 3;

    /// <summary>Runs the CLI.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("GovText: Dutch Kamervragen and ministerial answers as cited, structured data.");
        root.Subcommands.Add(ParseCommand.Create(stdout, stderr));
        root.Subcommands.Add(StanceCommand.Create(stdout, stderr));
        root.Subcommands.Add(ClaimsCommand.Create(stdout, stderr));
        root.Subcommands.Add(ContradictionsCommand.Create(stdout, stderr));
        root.Subcommands.Add(AnnotateCommand.Create(stdout, stderr));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                stderr.WriteLine("govtext: " + e.Message);
            }

            stderr.WriteLine("Run 'govtext --help' for usage.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
