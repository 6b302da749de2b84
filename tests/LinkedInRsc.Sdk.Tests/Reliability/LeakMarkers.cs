namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>Distinctive personal data and texts for the leak tests: none of them can appear in a log by chance.</summary>
internal static class LeakMarkers
{
    public const string FirstName = "Zephyrine";
    public const string LastName = "Quixotica";
    public const string Email = "zephyrine.quixotica@private.example";
    public const string Phone = "+44 7700 900123";
    public const string PhoneDigits = "7700 900123";
    public const string Headline = "Xenoglossic Lighthouse Keeper";
    public const string Location = "Vrrkshire";
    public const string Employer = "Oobleck Industries";
    public const string InMailSubject = "Jabberwocky opportunity";
    public const string InMailBody = "Vorpal blades await your snicker-snack";
    public const string ReplyBody = "Frabjous day, callooh callay";
    public const string NoteText = "Snarkhunting notes about the boojum";

    /// <summary>Every marker, and the local part of the e-mail address alone.</summary>
    public static readonly string[] All =
        [FirstName, LastName, Email, "zephyrine.quixotica", Phone, PhoneDigits, Headline, Location, Employer, InMailSubject, InMailBody, ReplyBody, NoteText];
}
