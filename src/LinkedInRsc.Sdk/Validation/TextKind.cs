namespace LinkedInRsc.Validation;

/// <summary>Which of the <see cref="TextRules"/> a text field keeps.</summary>
internal enum TextKind
{
    /// <summary>An id: at most <see cref="TextRules.MaxIdLength"/> characters, one line.</summary>
    Id,

    /// <summary>A short text (a name, a title, a URL): at most <see cref="TextRules.MaxShortTextLength"/> characters, one line.</summary>
    Short,

    /// <summary>A long text (a description, a note): at most <see cref="TextRules.MaxLongTextLength"/> characters, line breaks allowed.</summary>
    Long,
}
