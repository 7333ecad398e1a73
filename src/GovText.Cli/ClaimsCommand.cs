using System.CommandLine;
using System.Text;
using System.Text.Json;
using GovText.Claims;
using GovText.Documents;
using GovText.Documents.Reporting;
using GovText.Parliament;

namespace GovText.Cli;

/// <summary><c>govtext claims &lt;file&gt;</c>: the claims of one document (official or reporting) as JSON.</summary>
internal static class ClaimsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("file") { Description = "A Kamervragen document or a piece of reporting (HTML, Markdown, text, PDF)." };
        var reporting = new Option<bool>("--reporting") { Description = "Treat the file as reporting even if it looks like a Kamervragen document." };
        var command = new Command("claims", """
            Print the claims of one document as JSON: text, speaker, when it was made and what it is about, polarity,
            denial type, hedges, scope qualifiers, entities, quantities, the normalised proposition and the source span.
            For Kamervragen documents also the stance of each answer towards its question ("stances": label, cue,
            qualifier, proposition, the rule that decided and the cue's source span).

            Kamervragen documents (questions, answers) are recognised automatically; anything else is read as reporting.

            Examples:
              govtext claims ah-tk-20232024-1314.pdf
              govtext claims article.txt
            """)
        {
            path,
            reporting,
        };
        command.SetAction(result =>
        {
            var file = result.GetValue(path)!;
            try
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new DocumentFormatException(file, null, null, "cannot read file: " + ex.Message, ex);
                }

                var (claims, meta) = Extract(bytes, file, result.GetValue(reporting));
                using var buffer = new MemoryStream();
                using (var w = new Utf8JsonWriter(buffer, KamervraagJson.WriterOptions with { Indented = true }))
                {
                    w.WriteStartObject();
                    w.WriteString("file", Path.GetFileName(file));
                    meta(w);
                    w.WriteStartArray("claims");
                    foreach (var c in claims)
                    {
                        ClaimJson.Write(w, c);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                return CliApp.Success;
            }
            catch (GovTextException ex)
            {
                stderr.WriteLine("govtext: " + ex.Message.Replace('\n', ' '));
                return CliApp.InputError;
            }
        });
        return command;
    }

    private static (IReadOnlyList<Claim> Claims, Action<Utf8JsonWriter> Meta) Extract(byte[] bytes, string file, bool forceReporting)
    {
        // The bytes are read once; Kamervragen documents first, anything else (or --reporting) as reporting.
        if (!forceReporting)
        {
            var source = DocumentReader.Default.Read(bytes, file);
            try
            {
                var doc = KamervragenParser.Default.Parse(source);
                return (ClaimExtractor.Default.Extract(doc), w =>
                {
                    w.WriteString("kind", "kamervragen");
                    w.WriteString("id", doc.Id);
                    w.WriteStartArray("stances");
                    foreach (var stance in ClaimExtractor.Default.Stances(doc))
                    {
                        ClaimJson.Write(w, stance, doc.Source.File);
                    }

                    w.WriteEndArray();
                });
            }
            catch (NotKamervragenException)
            {
                // fall through: reporting
            }
        }

        var article = ReportingReader.Default.Read(bytes, file);
        return (ClaimExtractor.Default.Extract(article), w =>
        {
            w.WriteString("kind", "reporting");
            w.WriteString("title", article.Title);
            w.WriteString("published", article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("diagnostics");
            foreach (var d in article.Diagnostics)
            {
                w.WriteStringValue(d.ToString());
            }

            w.WriteEndArray();
        });
    }
}
