namespace CodeTables.Generator.Model;

/// <summary>
/// What validation decides about a valid table: its members (bad rows dropped), the resolved outcome type, what the
/// target language allows and the resolved references. No layout: that is planned after validation
/// (Emit/LayoutPlanner.cs), so the table-diagnostics analyzer, which only validates, never plans.
/// </summary>
/// <param name="Decision">A decision table's rules, resolved and verified (Validation/DecisionValidator.cs); null for a code table.</param>
internal sealed record ValidModel(TableModel Table, OutcomeTypeInfo? Outcome, TargetLanguage Language, EquatableArray<ResolvedReference> References, DecisionPlan? Decision = null);

/// <summary>The result of validating a table: the valid model (null when the table has errors) and every diagnostic for the file.</summary>
internal sealed record ValidatedTable(ValidModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
