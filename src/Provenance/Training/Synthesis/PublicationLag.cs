namespace Provenance.Training.Synthesis;

internal static class PublicationLag
{
    /// <summary>
    /// Draws a whole number of seconds, log-uniform between the bounds, so that minutes-late copies are as
    /// common as days-late ones.
    /// </summary>
    public static TimeSpan Draw(Random random, TimeSpan min, TimeSpan max)
    {
        double logMin = Math.Log(min.TotalSeconds), logMax = Math.Log(max.TotalSeconds);
        double seconds = Math.Exp(logMin + random.NextDouble() * (logMax - logMin));
        return TimeSpan.FromSeconds(Math.Round(seconds));
    }
}
