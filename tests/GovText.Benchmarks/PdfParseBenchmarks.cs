using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using GovText.Documents;
using GovText.Parliament;

namespace GovText.Benchmarks;

/// <summary>
/// Throughput over the 14 official Aanhangsel PDFs: GovText (read + parse into the Kamervragen model, and read
/// only) against the yardstick `pdftotext` (poppler), which only extracts text. Inputs are held in memory;
/// pdftotext gets them through a pipe so that both sides do the same I/O.
/// </summary>
[MemoryDiagnoser]
public class PdfParseBenchmarks
{
    private (string Name, byte[] Bytes)[] _pdfs = [];

    [GlobalSetup]
    public void Setup() => _pdfs = BenchmarkData.OfficialPdfs().Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToArray();

    [Benchmark(Baseline = true, Description = "pdftotext (poppler), 14 PDFs")]
    public long Pdftotext()
    {
        long chars = 0;
        foreach (var (_, bytes) in _pdfs)
        {
            var psi = new ProcessStartInfo("pdftotext", "-q - -")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            p.StandardInput.BaseStream.Write(bytes);
            p.StandardInput.Close();
            p.WaitForExit();
            chars += output.Result.Length;
        }

        return chars;
    }

    [Benchmark(Description = "GovText read + parse, 14 PDFs")]
    public int GovTextParse()
    {
        var questions = 0;
        foreach (var (name, bytes) in _pdfs)
        {
            var doc = KamervragenParser.Default.Parse(DocumentReader.Default.Read(bytes, name));
            questions += doc.Questions.Length;
        }

        return questions;
    }

    [Benchmark(Description = "GovText read only (PdfPig + layout), 14 PDFs")]
    public int GovTextRead()
    {
        var lines = 0;
        foreach (var (name, bytes) in _pdfs)
        {
            lines += DocumentReader.Default.Read(bytes, name).Lines.Length;
        }

        return lines;
    }
}
