using System.CommandLine;
using GovText.Contradictions;

namespace GovText.Cli;

/// <summary><c>govtext contradictions</c>.</summary>
internal static class ContradictionsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var statements = new Option<string[]>("--statements") { Description = "Files or folders with official statements (Kamervragen answers; any document with denials).", AllowMultipleArgumentsPerToken = true };
        var reporting = new Option<string[]>("--reporting") { Description = "Files or folders with reporting (news HTML, Markdown, text, PDF; later Kamervragen).", AllowMultipleArgumentsPerToken = true, Required = true };
        var format = new Option<string>("--format") { Description = "json (default), markdown or html.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown", "html");
        var output = new Option<string?>("--out") { Description = "Write the report to this file instead of standard output." };
        var reported = new Option<bool>("--include-reported-denials") { Description = "Also use denials quoted inside the reporting when --statements is given (always done without --statements)." };
        var command = new Command("contradictions", """
            Find denials that reporting contradicts, with the evidence, a type (negation, quantity, scope, antonym), a
            score in [0, 1], the reasons and the source spans of both sides.

            Without --statements, denials quoted inside the reporting are used as well.

            Examples:
              govtext contradictions --reporting article.txt
              govtext contradictions --statements answers/ --reporting news/ --format html --out report.html
              govtext contradictions --statements corpus/demo --reporting corpus/demo-reporting --format markdown
            """)
        {
            statements,
            reporting,
            format,
            output,
            reported,
        };
        command.SetAction(result =>
        {
            var options = new ContradictionRunOptions { IncludeReportedDenials = result.GetValue(reported) };
            var files = 0;
            var analysis = GovText.Contradictions.Contradictions.Run(
                result.GetValue(statements) ?? [],
                result.GetValue(reporting) ?? [],
                options,
                new SyncProgress(f =>
                {
                    files++;
                    stderr.WriteLine($"reading {files}: {Path.GetFileName(f)}");
                }));
            var text = result.GetValue(format) switch
            {
                "markdown" => FindingReport.ToMarkdown(analysis),
                "html" => FindingReport.ToHtml(analysis),
                _ => FindingReport.ToJson(analysis),
            };
            foreach (var d in analysis.Diagnostics.Where(d => d.Severity != GovText.Documents.DiagnosticSeverity.Info))
            {
                stderr.WriteLine("govtext: " + d);
            }

            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text);
                stderr.WriteLine($"wrote {analysis.Findings.Length} finding(s) to {path}");
            }
            else
            {
                stdout.Write(text);
                if (!text.EndsWith('\n'))
                {
                    stdout.WriteLine();
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
