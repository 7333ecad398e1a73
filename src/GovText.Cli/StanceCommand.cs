using System.CommandLine;
using System.Text;
using System.Text.Json;
using GovText.Claims;
using GovText.Parliament;

namespace GovText.Cli;

/// <summary><c>govtext stance --input pairs.jsonl</c>: one stance object per input line, in order.</summary>
internal static class StanceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file with {\"id\", \"question\", \"answer\"} per line; '-' reads standard input.", Required = true };
        var command = new Command("stance", """
            Label the stance of each answer towards its question: deny, hedged-deny, scoped-deny, affirm, refuse or other.

            Input: one JSON object per line: {"id": …, "question": "…", "answer": "…"}.
            Output: one JSON object per input line, in order:
              {"id": …, "label": "…", "cue": string|null, "qualifier": string|null, "proposition": string|null}
            A line that cannot be read yields label "other" with an "error" field, and one line on stderr.

            Examples:
              govtext stance --input pairs.jsonl
              echo '{"id":1,"question":"Klopt het dat de politie Clearview gebruikt?","answer":"Nee."}' | govtext stance --input -
            """)
        {
            input,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            TextReader reader;
            try
            {
                // Standard input is read as UTF-8 whatever the console's code page, and a byte-order mark (as Windows tools
                // write one) is skipped, as it is for a file.
                reader = path == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true) : new StreamReader(path, Encoding.UTF8);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"govtext: {path}: cannot read: {ex.Message}");
                return CliApp.InputError;
            }

            using (reader)
            {
                Run(reader, path, stdout, stderr);
            }

            return CliApp.Success;
        });
        return command;
    }

    internal static void Run(TextReader reader, string name, TextWriter stdout, TextWriter stderr)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            line = line.TrimStart('\uFEFF'); // a byte-order mark left in the text (files joined with "cat", a reader given as is)
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement? id = null;
            string? question = null;
            string? answer = null;
            string? error = null;
            try
            {
                using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    error = "not a JSON object";
                }
                else
                {
                    if (root.TryGetProperty("id", out var idElement))
                    {
                        id = idElement.Clone();
                    }

                    question = root.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
                    answer = root.TryGetProperty("answer", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                }
            }
            catch (JsonException ex)
            {
                error = "invalid JSON: " + ex.Message;
            }

            var stance = error is null
                ? StanceClassifier.Default.Classify(question, answer)
                : new StanceResult(StanceLabel.Other, null, -1, null, null, 0, "unreadable input");
            if (error is not null)
            {
                stderr.WriteLine($"govtext: {name}, line {lineNumber}: {error}");
            }

            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, KamervraagJson.WriterOptions))
            {
                w.WriteStartObject();
                w.WritePropertyName("id");
                if (id is { } idValue)
                {
                    idValue.WriteTo(w);
                }
                else
                {
                    w.WriteNullValue();
                }

                w.WriteString("label", stance.LabelName);
                w.WriteString("cue", stance.Cue);
                w.WriteString("qualifier", stance.Qualifier);
                w.WriteString("proposition", stance.Proposition);
                w.WriteNumber("confidence", Math.Round(stance.Confidence, 2));
                w.WriteString("rule", stance.Rule);
                if (error is not null)
                {
                    w.WriteString("error", error);
                }

                w.WriteEndObject();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
