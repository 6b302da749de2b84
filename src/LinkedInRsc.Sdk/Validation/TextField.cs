namespace LinkedInRsc.Validation;

/// <summary>One text field of a record of type <typeparamref name="T"/> and the rule it keeps.</summary>
/// <typeparam name="T">The record.</typeparam>
/// <param name="Field">The field's wire name (relative to the record).</param>
/// <param name="Value">Reads the field.</param>
/// <param name="Kind">The rule.</param>
internal readonly record struct TextField<T>(string Field, Func<T, string?> Value, TextKind Kind);
