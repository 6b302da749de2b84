namespace LinkedInRsc.Samples.Console;

/// <summary>A step of a flow did not do what the narration says.</summary>
internal sealed class SampleCheckException(string message) : Exception(message)
{
    /// <summary>Fails the flow with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new SampleCheckException(message);
        }
    }
}
