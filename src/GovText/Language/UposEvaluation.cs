namespace GovText.Language;

/// <summary>UPOS and lemma accuracy of a tagger on gold-tokenized CoNLL-U sentences.</summary>
internal static class UposEvaluation
{
    internal readonly record struct Result(int Tokens, int Correct, int LemmaCorrect)
    {
        public double UposAccuracy => Tokens == 0 ? 0 : 100.0 * Correct / Tokens;

        public double LemmaAccuracy => Tokens == 0 ? 0 : 100.0 * LemmaCorrect / Tokens;
    }

    public static Result Run(PerceptronTagger tagger, DutchLemmatizer lemmatizer, IEnumerable<ConlluSentence> sentences)
    {
        int tokens = 0, correct = 0, lemmaCorrect = 0;
        foreach (var s in sentences)
        {
            var tags = tagger.Tag(s.Forms);
            for (var i = 0; i < tags.Length; i++)
            {
                tokens++;
                correct += tags[i] == s.Tags[i] ? 1 : 0;
                var lemma = lemmatizer.Lemmatize(s.Forms[i], tags[i]);
                var gold = s.Lemmas[i].Length > 1 ? s.Lemmas[i].Replace("_", string.Empty, StringComparison.Ordinal) : s.Lemmas[i];
                lemmaCorrect += string.Equals(lemma, gold, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        return new Result(tokens, correct, lemmaCorrect);
    }
}
