// Prints the questions and answers of a Kamervragen document (PDF, HTML, XML, Markdown or text) as Markdown.
//
//   dotnet pack src/GovText -c Release -o artifacts/feed      (once, from the repository root)
//   dotnet run docs/samples/parse.cs -- corpus/demo/ah-tk-20212022-105-demo.txt
//
// The package comes from the local folder feed named in docs/samples/nuget.config.
#:package GovText@0.1.0
#:property PublishAot=false

using GovText;
using GovText.Documents;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run docs/samples/parse.cs -- <file>");
    return 2;
}

try
{
    var doc = Kamervragen.Open(args[0]);
    doc.WriteMarkdown(Console.Out);
    return 0;
}
catch (GovTextException ex)
{
    Console.Error.WriteLine("parse: " + ex.Message);
    return 1;
}
