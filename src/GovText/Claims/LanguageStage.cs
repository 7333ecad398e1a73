using GovText.Language;

namespace GovText.Claims;

/// <summary>The Language stage as the Claims stage uses it: bounded input, and no result when the models are absent.</summary>
internal static class LanguageStage
{
    /// <summary>
    /// Analyses at most <paramref name="maxLength"/> characters of <paramref name="text"/> with the default pipeline
    /// (with named entities when <paramref name="names"/> is true); null in a build without the embedded models.
    /// </summary>
    public static TokenizedText? TryAnalyze(string text, int maxLength, bool names = false)
    {
        try
        {
            var pipeline = names ? DutchPipeline.DefaultWithNer : DutchPipeline.Default;
            return pipeline.Process(text.Length > maxLength ? text[..maxLength] : text);
        }
        catch (InvalidOperationException)
        {
            return null; // no embedded model
        }
    }
}
