namespace CodeTables;

/// <summary>Hand-written additions to the generated <see cref="CallOutcome"/> lookups.</summary>
public static partial class CallOutcomeExtensions
{
    /// <summary>
    /// The category of an outcome: connected, unanswered or failed. The taxonomy table's Outcome column holds
    /// the category, so this is the generated <see cref="ToOutcome(CallOutcome)"/> under a clearer name.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its category; <see cref="CallOutcomeCategory.Unknown"/> for a value that is not a member.</returns>
    public static CallOutcomeCategory GetCategory(this CallOutcome outcome) => outcome.ToOutcome();
}
