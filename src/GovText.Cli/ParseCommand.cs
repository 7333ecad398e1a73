using System.CommandLine;
using System.Text.Json;
using GovText.Documents;
using GovText.Parliament;

namespace GovText.Cli;

/// <summary><c>govtext parse &lt;file|folder&gt; [--format json|text] [--strict]</c>.</summary>
internal static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A Kamervragen document (PDF, HTML, XML, Markdown or text) or a folder of them." };
        var format = new Option<string>("--format") { Description = "Output format: json (default) or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var strict = new Option<bool>("--strict") { Description = "Fail on the first error diagnostic instead of recovering." };
        var command = new Command("parse", """
            Parse a Kamervragen document into JSON with source spans.

            Examples:
              govtext parse ah-tk-20232024-1314.pdf
              govtext parse ah-tk-20232024-1314.pdf --format text
              govtext parse corpus/demo > demo.jsonl      (one JSON object per line; progress on stderr)

            Exit codes: 0 success, 1 unreadable or non-Kamervragen input, 2 usage error, 3 folder run with failures.
            """)
        {
            path,
            format,
            strict,
        };
        command.SetAction(result =>
        {
            var target = result.GetValue(path)!;
            var asText = result.GetValue(format) == "text";
            var options = new ParserOptions { Strict = result.GetValue(strict) };
            if (Directory.Exists(target))
            {
                return ParseFolder(target, options, asText, stdout, stderr);
            }

            try
            {
                var doc = Kamervragen.Open(target, options);
                if (asText)
                {
                    TextReport.Write(doc, stdout);
                }
                else
                {
                    stdout.WriteLine(KamervraagJson.ToJson(doc));
                }

                return CliApp.Success;
            }
            catch (GovTextException ex)
            {
                stderr.WriteLine("govtext: " + OneLine(ex.Message));
                return CliApp.InputError;
            }
        });
        return command;
    }

    private static int ParseFolder(string folder, ParserOptions options, bool asText, TextWriter stdout, TextWriter stderr)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        var progress = new ProgressBar(stderr, files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            progress.Report(i, Path.GetFileName(files[i]));
            try
            {
                var doc = Kamervragen.Open(files[i], options);
                if (asText)
                {
                    TextReport.Write(doc, stdout);
                    stdout.WriteLine();
                }
                else
                {
                    stdout.WriteLine(KamervraagJson.ToJson(doc));
                }
            }
            catch (GovTextException ex)
            {
                failed++;
                progress.Clear();
                stderr.WriteLine("govtext: " + OneLine(ex.Message));
            }
        }

        progress.Done(files.Count - failed, failed);
        return failed == 0 ? CliApp.Success : CliApp.PartialFailure;
    }

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ');
}

/// <summary>A progress bar on standard error that redraws in place on a terminal and prints plain lines otherwise.</summary>
internal sealed class ProgressBar(TextWriter stderr, int total)
{
    private readonly bool _interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    public void Report(int done, string current)
    {
        if (_interactive)
        {
            const int width = 30;
            var filled = total == 0 ? width : done * width / total;
            var name = current.Length > 40 ? current[..37] + "…" : current;
            stderr.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {name,-40}");
        }
        else if (done % 10 == 0)
        {
            stderr.WriteLine($"progress: {done}/{total}");
        }
    }

    public void Clear()
    {
        if (_interactive)
        {
            stderr.Write("\r" + new string(' ', 90) + "\r");
        }
    }

    public void Done(int ok, int failed)
    {
        Clear();
        stderr.WriteLine($"parsed {ok} of {total} files" + (failed > 0 ? $", {failed} failed" : string.Empty));
    }
}

/// <summary>A readable plain-text rendering of a parsed document.</summary>
internal static class TextReport
{
    public static void Write(KamervraagDocument d, TextWriter w)
    {
        w.WriteLine($"{d.Id ?? "(no id)"} — {KamervraagJson.KindName(d.Kind)}, vergaderjaar {d.Vergaderjaar ?? "?"}, Aanhangsel {d.AanhangselNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        w.WriteLine($"Askers: {string.Join("; ", d.Askers.Select(a => a.Party is null ? a.Name : $"{a.Name} ({a.Party})"))}");
        w.WriteLine($"To: {string.Join("; ", d.Addressees.Select(a => a.Office))}");
        w.WriteLine($"Subject: {d.Subject?.Text}");
        w.WriteLine($"Submitted: {d.Submitted?.Date:yyyy-MM-dd}  Received: {d.Received?.Date:yyyy-MM-dd}");
        if (d.AnsweredBy is { } by)
        {
            w.WriteLine($"Answered by: {by.Office} {by.Name} ({by.Portfolio})" + (by.OnBehalfOf.IsEmpty ? string.Empty : ", mede namens " + string.Join("; ", by.OnBehalfOf)));
        }

        foreach (var (q, a) in d.Pairs())
        {
            w.WriteLine();
            w.WriteLine($"Vraag {string.Join(", ", q.Numbers)} [{q.Span}]: {q.Text}");
            if (a is not null)
            {
                w.WriteLine($"Antwoord {string.Join(", ", a.Numbers)} [{a.Span}]: {a.Text}");
            }
        }

        if (d.Notice is { } n)
        {
            w.WriteLine();
            w.WriteLine($"Mededeling [{n.Span}]: {n.Text}");
        }

        foreach (var f in d.Footnotes)
        {
            w.WriteLine($"[{f.Number}] {f.Text}");
        }

        foreach (var diag in d.Diagnostics)
        {
            w.WriteLine("! " + diag);
        }
    }
}
