namespace GovText.Cli;

/// <summary>The govtext command line.</summary>
public static class CliApp
{
    /// <summary>Runs the CLI.</summary>
    /// <param name="args">Arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        stdout.WriteLine("govtext");
        return 0;
    }
}
