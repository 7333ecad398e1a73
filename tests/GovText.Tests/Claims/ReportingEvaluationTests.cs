using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Claims;

/// <summary>
/// Claims in reporting measured on articles written blind for the purpose (corpus/gold/reporting/README.md):
/// written-dev is where rules may be chosen; written-test is only scored.
/// </summary>
public sealed class ReportingEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("written-dev")]
    [InlineData("written-dev-2")]
    [InlineData("written-dev-3")]
    [InlineData("written-test")]
    [InlineData("written-test-2")]
    [InlineData("written-test-3")]
    [InlineData("written-dev-4")]
    [InlineData("written-dev-5")]
    [InlineData("written-dev-6")]
    [InlineData("written-test-4")]
    [InlineData("written-dev-7")]
    [InlineData("written-test-5")]
    [InlineData("written-dev-8")]
    [InlineData("written-test-6")]
    public void WrittenArticles_AreMeasured(string set)
    {
        var scores = ReportingEvaluation.Score(set);
        output.WriteLine($"{set}: {scores}");
        foreach (var miss in scores.Misses)
        {
            output.WriteLine("  " + miss);
        }

        Assert.Equal(10, scores.Articles);
        Assert.True(scores.Claims >= 140, $"{scores.Claims} annotated claims");
        if (set == "written-dev")
        {
            // Regression guards at the figures of session 13 (docs/contradictions.md), where rules were chosen.
            Assert.True(scores.Found >= 140, scores.ToString());
            Assert.True(scores.KindRight >= 128 && scores.SpeakerRight >= 122 && scores.TimeRight >= 34, scores.ToString());
            Assert.True(scores.ContradictionsFound >= 12 && scores.FalseAlarms == 0, scores.ToString()); // session 19: 13/21
        }
        else if (set == "written-dev-2")
        {
            Assert.True(scores.SpeakerRight >= 130 && scores.TimeRight >= 65 && scores.QuantitiesFound >= 60, scores.ToString());
            Assert.True(scores.ContradictionsFound >= 7 && scores.FalseAlarms == 0, scores.ToString()); // session 14 end: 6/15, 0/10; session 19: 8/15
        }
        else if (set == "written-dev-3")
        {
            // Written blind in session 14 after most of that session's rules; then used for development (end: speaker 126/149,
            // quantities 61/80, 3/25 pairs, 3/14 false alarms).
            Assert.True(scores.SpeakerRight >= 120 && scores.QuantitiesFound >= 55 && scores.ContradictionsFound >= 11 && scores.FalseAlarms <= 2, scores.ToString()); // session 19: 12/25, 2/14
        }
        else if (set == "written-dev-4")
        {
            // Written blind in session 15 as a test set and scored on arrival (session-15 start code: kind 106/164, speaker 104,
            // time 90/141, quantities 80/94, pairs 4/22, false alarms 1/16); then used for development.
            Assert.True(scores.KindRight >= 100 && scores.SpeakerRight >= 100 && scores.ContradictionsFound >= 7 && scores.FalseAlarms == 0, scores.ToString()); // session 19: 8/22, 0/16
        }
        else if (set == "written-dev-5")
        {
            // Written blind in session 16 and scored on arrival (session-16 start code: found 219/230, kind 159, speaker 150, time
            // 151/191, pairs 6/35, false alarms 1/20); then used for development.
            Assert.True(scores.KindRight >= 170 && scores.SpeakerRight >= 165 && scores.ContradictionsFound >= 13 && scores.FalseAlarms <= 1, scores.ToString()); // session 19: 14/35, 1/20
        }
        else if (set == "written-dev-6")
        {
            // Written blind in session 16 to test false alarms (45 control pairs); scored on arrival (mid-session code: pairs 5/14,
            // false alarms 5/45), then used for development.
            Assert.True(scores.KindRight >= 130 && scores.SpeakerRight >= 120 && scores.ContradictionsFound >= 6 && scores.FalseAlarms <= 4, scores.ToString()); // session 19: 7/14, 4/45
        }
        else if (set == "written-dev-7")
        {
            // Written blind in session 22 and scored on arrival (session-22 start code: found 266/275, kind 232, speaker 229, time
            // 187/230, pairs 13/46, false alarms 5/46); then used for development (end of session 22: kind 240, speaker 244, time
            // 196, pairs 18/46, false alarms 3/46).
            Assert.True(scores.KindRight >= 238 && scores.SpeakerRight >= 242 && scores.ContradictionsFound >= 17 && scores.FalseAlarms <= 4, scores.ToString());
        }
        else if (set == "written-test-5")
        {
            // The fifth test set, written blind in session 22 and only scored: session-22 start code found 260/263, kind 231,
            // speaker 227, time 188/225, pairs 16/49, false alarms 8/39; end of session 22: kind 233, speaker 229, time 191, pairs
            // 15/49, false alarms 7/39; end of session 23: kind 235, speaker 231, pairs 15/49, false alarms 8/39.
            Assert.True(scores.SpeakerRight >= 227 && scores.FalseAlarms <= 8, scores.ToString());
        }
        else if (set == "written-dev-8")
        {
            // Written blind in session 23 and scored on arrival (session-23 start code: found 274/281, kind 250, speaker 242, time
            // 214/253, pairs 6/28, false alarms 6/35); then used for development (end of session 23: kind 254, speaker 247, time 217,
            // pairs 11/28, false alarms 3/35).
            Assert.True(scores.KindRight >= 252 && scores.SpeakerRight >= 245 && scores.ContradictionsFound >= 10 && scores.FalseAlarms <= 3, scores.ToString());
        }
        else if (set == "written-test-6")
        {
            // The sixth test set, written blind in session 23 and only scored: session-23 start code found 289/294, kind 255,
            // speaker 260, time 210/255, pairs 13/40, false alarms 10/44; end of session 23: the same but 11/44 false alarms (the
            // session's finder rules, chosen on the development sets, added one here; which was not looked at).
            Assert.True(scores.SpeakerRight >= 255 && scores.FalseAlarms <= 11, scores.ToString());
        }
        else if (set == "written-test-4")
        {
            // The fourth test set, written blind in session 16 and only scored: session-16 start code found 193/203, kind 149,
            // speaker 142, time 131/186, pairs 3/27, false alarms 5/19.
            Assert.True(scores.SpeakerRight >= 142 && scores.FalseAlarms <= 5, scores.ToString());
        }
        else if (set == "written-test-3")
        {
            // The third test set, written blind at the end of session 15 and only scored: session-start code speaker 102/160,
            // time 73/140, 3/22 pairs, 3/14 false alarms; end of session 15 speaker 113, time 83, 4/22, 2/14.
            Assert.True(scores.SpeakerRight >= 105 && scores.FalseAlarms <= 2, scores.ToString());
        }
        else if (set == "written-test-2")
        {
            // The second test set, written blind in session 14 and only scored (corpus/gold/reporting/README.md): on arrival
            // (session-14 start) speaker 105/148, false alarms 3/19; the guard keeps the figures from falling below that. Session 23's
            // finder rules (chosen on the development sets) made it 4/19; which pair was not looked at.
            Assert.True(scores.SpeakerRight >= 105 && scores.FalseAlarms <= 4, scores.ToString());
        }
        else
        {
            // The test set: no choice was made on it; these only guard against a regression below the end-of-session-13
            // figures (speaker 107/139, time 17/32, 7/16 denials contradicted, no false alarm). Session 14's document and
            // "volgens" evidence rules made one control pair a finding (1/11); which one was not looked at.
            Assert.True(scores.SpeakerRight >= 100 && scores.FalseAlarms <= 1, scores.ToString());
        }
    }
}
