using System.CommandLine;
using System.Text;
using GovText.Language;

namespace GovText.Cli;

/// <summary><c>govtext annotate [--pretokenized] [--format conllu|json]</c>: tokens, lemmas, UPOS and named entities of standard input.</summary>
internal static class AnnotateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pretokenized = new Option<bool>("--pretokenized") { Description = "Input is one sentence per line with tokens separated by single spaces; the output keeps exactly those tokens." };
        var format = new Option<string>("--format") { Description = "conllu (default) or json.", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu", "json");
        var command = new Command("annotate", """
            Annotate Dutch text read from standard input: tokens, sentences, lemmas, UPOS tags and named entities.

            CoNLL-U columns: ID, FORM, LEMMA, UPOS, then _ up to MISC, where MISC holds NER=B-PER|I-PER|B-ORG|I-ORG|
            B-LOC|I-LOC|B-MISC|I-MISC|O (Person→PER; Party, Organization, GovernmentBody→ORG; Location→LOC; Law, Misc→MISC;
            dates, money, quantities and references→O) and Entity=<fine type> inside an entity. A blank line follows
            each sentence.

            Examples:
              echo "De minister van Justitie en Veiligheid antwoordde op 6 maart 2024." | govtext annotate
              printf 'Van Nispen ( SP ) vroeg het .\n' | govtext annotate --pretokenized
              govtext annotate --format json < tekst.txt
            """)
        {
            pretokenized,
            format,
        };
        command.SetAction(result =>
        {
            var pipeline = DutchPipeline.DefaultWithNer;
            var json = result.GetValue(format) == "json";
            using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
            if (result.GetValue(pretokenized))
            {
                while (input.ReadLine() is { } line)
                {
                    var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (tokens.Length == 0)
                    {
                        continue;
                    }

                    Write(pipeline.ProcessPretokenized(tokens), json, stdout);
                }
            }
            else
            {
                Write(pipeline.Process(input.ReadToEnd()), json, stdout);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static void Write(TokenizedText text, bool json, TextWriter stdout)
    {
        if (json)
        {
            AnnotationJson.Write(stdout, text);
            stdout.WriteLine();
        }
        else
        {
            ConlluWriter.Write(stdout, text);
        }
    }
}
